using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Api;

/// <summary>
/// Risk scoring reads the snapshot routes as itself, with its own key (the development one in both services'
/// appsettings.Development.json): that identity reads snapshots and nothing else, and its key cannot sign a user.
/// </summary>
public sealed class ServiceIdentityTests(SqliteRegistry factory) : IClassFixture<SqliteRegistry>
{
    const string RiskIdentityKey = "supplierdd-development-risk-scoring-identity-key-not-for-production";

    HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    static string RiskIdentity() => new ServiceIdentityMinter(
        Options.Create(new AuthOptions { Identity = new ServiceIdentityOptions { Name = "risk-scoring", SigningKey = RiskIdentityKey } }), TimeProvider.System)
        .Mint(Audiences.SupplierRegistry, TimeSpan.FromMinutes(5));

    [Fact]
    public async Task RiskScoringIdentity_ReadsSnapshots_ButNoOtherRoute()
    {
        var risk = Bearer(RiskIdentity());
        Assert.Equal(HttpStatusCode.OK, (await risk.GetAsync("/api/suppliers/snapshots")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await risk.GetAsync("/api/supply-links/snapshots")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await risk.GetAsync("/api/suppliers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await risk.GetAsync("/api/suppliers/stats")).StatusCode);
    }

    [Fact]
    public async Task RiskScoringKey_CannotSignAUser()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(TestTokens.For("admin", key: RiskIdentityKey)).GetAsync("/api/suppliers")).StatusCode);
    }

    [Fact]
    public async Task TokenForRiskScoring_IsRefusedByTheRegistry()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(TestTokens.For("admin", audiences: "supplierdd-risk")).GetAsync("/api/suppliers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(TestTokens.For("admin", audiences: "supplierdd-registry")).GetAsync("/api/suppliers")).StatusCode);
    }
}
