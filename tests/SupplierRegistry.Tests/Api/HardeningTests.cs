using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierDD.Contracts;
using SupplierDD.SupplierRegistry.Facilities;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Api;

/// <summary>Field limits shared with consumers, the supplier's redacted view of itself, and paging that never turns into a 500.</summary>
public abstract class HardeningTests(RegistryFactory factory)
{
    readonly HttpClient client = factory.ClientAs("procurement");

    [Fact]
    public async Task SupplierUser_ReadingItsOwnRecord_SeesNoStatusReasonsOrStaffIds()
    {
        var id = (await client.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/status",
            new { status = "Invited", reason = "internal: watch list hit under review" }, 1)).StatusCode);

        var own = factory.CreateClient();
        own.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("supplier", subject: "portal-user", supplierId: id));
        var response = await own.GetAsync($"/api/suppliers/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("watch list", text);
        Assert.DoesNotContain("test-procurement", text);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Invited", body.GetProperty("supplier").GetProperty("status").GetString());
        var change = Assert.Single(body.GetProperty("statusHistory").EnumerateArray());
        Assert.False(change.TryGetProperty("reason", out _));
        Assert.False(change.TryGetProperty("changedBy", out _));
        Assert.Equal(0, body.GetProperty("allowedTransitions").GetArrayLength());

        var internalView = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/{id}");
        Assert.Equal("internal: watch list hit under review", internalView.GetProperty("statusHistory")[0].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("/api/suppliers?page=2147483647&pageSize=500")]
    [InlineData("/api/suppliers?page=4294968&pageSize=500")]
    [InlineData("/api/suppliers/snapshots?page=2147483647&pageSize=1000")]
    [InlineData("/api/supply-links/snapshots?page=2147483647&pageSize=1000")]
    public async Task List_PageThatWouldOverflow_IsBadRequestNamingPage(string url) =>
        await (await client.GetAsync(url)).AssertProblem(HttpStatusCode.BadRequest, "page");

    [Fact]
    public async Task List_PagePastTheData_IsBadRequestNamingPage_AndPageOneOfNothingIsEmpty()
    {
        var tag = TestData.Unique();
        await client.CreateSupplierAsync(ApiHelpers.Supplier(name: $"Paging {tag}"));
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers?search={tag}&page=1&pageSize=1");
        Assert.Equal(1, first.GetProperty("items").GetArrayLength());
        await (await client.GetAsync($"/api/suppliers?search={tag}&page=2&pageSize=1")).AssertProblem(HttpStatusCode.BadRequest, "page");
        var none = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers?search=nothing-{tag}&page=1");
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());
        await (await client.GetAsync("/api/suppliers/snapshots?page=1000000&pageSize=1000")).AssertProblem(HttpStatusCode.BadRequest, "page");
        await (await client.GetAsync("/api/supply-links/snapshots?page=1000000&pageSize=1000")).AssertProblem(HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task TooLongValues_AreBadRequestsNamingTheField()
    {
        var longName = new string('n', FieldLimits.Name + 1);
        await (await client.PostAsJsonAsync("/api/suppliers", ApiHelpers.Supplier(name: longName))).AssertProblem(HttpStatusCode.BadRequest, "name");
        await (await client.PostAsJsonAsync("/api/suppliers", ApiHelpers.Supplier(aliases: Enumerable.Range(0, FieldLimits.MaxAliases + 1).Select(i => $"Alias {i}").ToArray())))
            .AssertProblem(HttpStatusCode.BadRequest, "aliases");
        var id = (await client.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
        await (await client.PostAsJsonAsync($"/api/suppliers/{id}/facilities", new { name = longName, countryCode = "CN" })).AssertProblem(HttpStatusCode.BadRequest, "name");
        await (await client.PostAsJsonAsync($"/api/suppliers/{id}/facilities", new { name = "Plant", address = new string('a', FieldLimits.Address + 1), countryCode = "CN" }))
            .AssertProblem(HttpStatusCode.BadRequest, "address");
        var up = (await client.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
        await (await client.PostAsJsonAsync($"/api/suppliers/{id}/upstream", new { upstreamSupplierId = up, material = new string('m', FieldLimits.Material + 1) }))
            .AssertProblem(HttpStatusCode.BadRequest, "material");
        await (await client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/status", new { status = "Invited", reason = new string('r', FieldLimits.Reason + 1) }, 1))
            .AssertProblem(HttpStatusCode.BadRequest, "reason");
    }

    [Fact]
    public async Task Facility_BeyondMaxFacilities_IsBadRequestNamingFacilities()
    {
        var id = (await client.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
        await factory.WithDb(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Facilities.AddRange(Enumerable.Range(0, FieldLimits.MaxFacilities).Select(i => new Facility
            {
                Id = Guid.CreateVersion7(now), SupplierId = id, Name = $"Site {i:D3}", CountryCode = "CN", CreatedAt = now,
            }));
            return await db.SaveChangesAsync();
        });
        await (await client.PostAsJsonAsync($"/api/suppliers/{id}/facilities", new { name = "One too many", countryCode = "CN" }))
            .AssertProblem(HttpStatusCode.BadRequest, "facilities");
    }
}

public sealed class SqliteHardeningTests(SqliteRegistry factory) : HardeningTests(factory), IClassFixture<SqliteRegistry>;

public sealed class PostgresHardeningTests(PostgresRegistry factory) : HardeningTests(factory), IClassFixture<PostgresRegistry>;
