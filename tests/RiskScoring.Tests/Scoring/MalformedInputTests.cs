using System.Net;
using System.Text;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Scoring;

/// <summary>Whatever a caller sends, the answer is a 4xx ProblemDetails, never a 500.</summary>
public sealed class MalformedInputTests(SqliteRisk factory) : IClassFixture<SqliteRisk>
{
    [Theory]
    [InlineData("/api/suppliers/00000000-0000-0000-0000-000000000001/risk/review", "")]
    [InlineData("/api/suppliers/00000000-0000-0000-0000-000000000001/risk/review", "{\"action\": ")]
    [InlineData("/api/suppliers/00000000-0000-0000-0000-000000000001/risk/review", "{\"action\": 42}")]
    [InlineData("/api/screening/check", "{\"names\": \"not a list\"}")]
    [InlineData("/api/screening/check", "[]")]
    [InlineData("/api/screening/check", "{}")]
    [InlineData("/api/screening/hits/00000000-0000-0000-0000-000000000001/decision", "{\"decision\": [\"confirm\"]}")]
    public async Task BadJson_Is400ProblemDetails(string route, string body)
    {
        var response = await factory.ClientAs("admin").PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/risk?page=abc")]
    [InlineData("/api/risk/changes?since=yesterday")]
    [InlineData("/api/entity-lists/US-UFLPA?version=first")]
    [InlineData("/api/reassessments?dueOnly=maybe")]
    public async Task BadQuery_Is400(string route)
    {
        var response = await factory.ClientAs("risk-analyst").GetAsync(route);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EntityList_NotUtf8_Is400NamingTheFile()
    {
        var latin1 = new ByteArrayContent([.. Encoding.ASCII.GetBytes("list,name\nX,Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" Co\n")]);
        latin1.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var response = await factory.ClientAs("admin").PostAsync("/api/entity-lists", latin1);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file", await response.Content.ReadAsStringAsync());
    }
}
