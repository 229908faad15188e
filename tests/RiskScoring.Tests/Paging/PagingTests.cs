using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Paging;

/// <summary>Every list route of risk scoring: a page past the data, or one whose offset overflows, is a 400 naming <c>page</c>.</summary>
public abstract class PagingTests(RiskFactory factory)
{
    public static TheoryData<string, string> Routes => new()
    {
        { "/api/risk", "procurement" },
        { "/api/risk/changes", "procurement" },
        { "/api/screening/hits", "procurement" },
        { "/api/reassessments", "procurement" },
        { "/api/audit", "risk-analyst" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_PageWhoseOffsetOverflows_IsABadRequestNamingPage(string route, string role)
    {
        var response = await factory.ClientAs(role).GetAsync($"{route}?page={int.MaxValue}&pageSize=500");
        await AssertNamesPage(response);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_PagePastTheData_IsABadRequestNamingPage(string route, string role)
    {
        var response = await factory.ClientAs(role).GetAsync($"{route}?page=100000&pageSize=500");
        await AssertNamesPage(response);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_FirstPage_IsOk_EvenWhenEmpty(string route, string role)
    {
        var response = await factory.ClientAs(role).GetAsync($"{route}?page=1&pageSize=10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    static async Task AssertNamesPage(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _), problem.ToString());
    }
}

public sealed class SqlitePagingTests(SqliteRisk factory) : PagingTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresPagingTests(PostgresRisk factory) : PagingTests(factory), IClassFixture<PostgresRisk>;
