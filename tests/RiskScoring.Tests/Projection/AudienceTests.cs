using System.Net;
using System.Net.Http.Headers;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Projection;

/// <summary>Risk scoring accepts only tokens minted for it (audience supplierdd-risk).</summary>
public sealed class AudienceTests(SqliteRisk factory) : IClassFixture<SqliteRisk>
{
    HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task TokenForTheRegistry_IsRefused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(TestTokens.For("admin", audiences: "supplierdd-registry")).GetAsync("/api/projection")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(TestTokens.For("admin", audiences: "supplierdd-risk")).GetAsync("/api/projection")).StatusCode);
    }
}
