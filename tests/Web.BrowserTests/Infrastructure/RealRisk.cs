extern alias Risk;
using Microsoft.AspNetCore.Hosting;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real risk-scoring service on a loopback port (SQLite, in-memory bus, Hangfire in memory). Without a shared broker
/// it learns the registry through its snapshot routes: <see cref="RebuildAsync"/> runs the same job as the nightly reconciliation.
/// </summary>
public sealed class RealRisk : ServiceFactory<Risk::Program>
{
    readonly string registryBaseUrl;

    public RealRisk(string registryBaseUrl) : base("risk", "RiskScoringDb", DatabaseProvider.Sqlite, TestTransport.InMemory)
    {
        this.registryBaseUrl = registryBaseUrl;
        StartOnLoopback();
    }

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("Services:SupplierRegistry:BaseUrl", registryBaseUrl);
        builder.UseSetting("Projection:RebuildWhenEmpty", "false");
    }

    /// <summary>Reads the registry's suppliers and links now, and waits until <paramref name="suppliers"/> are scored.</summary>
    public async Task RebuildAsync(params Guid[] suppliers)
    {
        using var client = ClientAs("admin", DevToken.Subject("admin"));
        (await client.PostAsync("/api/projection/rebuild", null)).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var id in suppliers)
            while ((await client.GetAsync($"/api/suppliers/{id}/risk")).StatusCode != System.Net.HttpStatusCode.OK)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"risk scoring did not score supplier {id} within 60 s");
                await Task.Delay(200);
            }
        while (System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/projection")).RootElement.GetProperty("pendingScoring").GetInt32() > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("risk scoring did not finish scoring within 60 s");
            await Task.Delay(200);
        }
    }
}
