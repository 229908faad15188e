using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Projection;

/// <summary>Operations routes: the Hangfire dashboard and the projection rebuild are for admins.</summary>
public sealed class OperationsAuthTests(SqliteRisk factory) : IClassFixture<SqliteRisk>
{
    [Theory]
    [InlineData("procurement")]
    [InlineData("risk-analyst")]
    public async Task Dashboard_AndRebuild_AreAdminOnly(string role)
    {
        var client = factory.ClientAs(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/projection/rebuild", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_AsAdmin_Opens()
    {
        var response = await factory.ClientAs("admin").GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Rebuild_AsAdmin_QueuesAJob_AndStatusCounts()
    {
        var response = await factory.ClientAs("admin").PostAsync("/api/projection/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()));
        var status = await factory.ClientAs("procurement").GetFromJsonAsync<JsonElement>("/api/projection");
        Assert.True(status.GetProperty("suppliers").GetInt32() >= 0);
    }
}
