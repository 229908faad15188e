extern alias Risk;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupplierDD.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real risk-scoring service on a loopback port (SQLite, in-memory bus, Hangfire in memory). Without a shared broker
/// it learns the registry through its snapshot routes: <see cref="RebuildAsync"/> runs the same job as the nightly reconciliation.
/// </summary>
public sealed class RealRisk : WebApplicationFactory<Risk::Program>
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "supplierdd-browser-tests", "risk-" + Guid.NewGuid().ToString("N"));
    readonly string registryBaseUrl;

    public RealRisk(string registryBaseUrl)
    {
        this.registryBaseUrl = registryBaseUrl;
        Directory.CreateDirectory(folder);
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        BaseUrl = $"http://127.0.0.1:{Port}";
        UseKestrel(Port);
        StartServer();
    }

    public int Port { get; }
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", BaseUrl);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:RiskScoringDb", $"Data Source={Path.Combine(folder, "risk.db")}");
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("Services:SupplierRegistry:BaseUrl", registryBaseUrl);
        builder.UseSetting("Projection:RebuildWhenEmpty", "false");
    }

    /// <summary>Reads the registry's suppliers and links now, and waits until <paramref name="suppliers"/> are scored.</summary>
    public async Task RebuildAsync(params Guid[] suppliers)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DevToken.For("admin"));
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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
