using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SupplierDD.Benchmarks.Risk;

public sealed record ChangeLatencyResult(int BackgroundSuppliers, int BackgroundLinks, double CatchUpSeconds, double EventsPerSecond,
    IReadOnlyList<double> SamplesMs, string FinalBand)
{
    double Percentile(double p) => SamplesMs.Order().ElementAt(Math.Min(SamplesMs.Count - 1, (int)Math.Ceiling(p * SamplesMs.Count) - 1));
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);
    public double Max => SamplesMs.Max();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{SamplesMs.Count} changes over a {BackgroundSuppliers:N0}-supplier graph: p50 {P50:0} ms, p95 {P95:0} ms, max {Max:0} ms; catch-up {CatchUpSeconds:0.0} s ({EventsPerSecond:N0} events/s)");
}

/// <summary>
/// Registry and risk scoring as their own processes on PostgreSQL and RabbitMQ. A PV graph is imported into the registry
/// and risk scoring catches up from its events; then, again and again, a fresh quartz→module chain is entered, and the
/// time is taken from the registry's answer to "this polysilicon supplier has a plant in CN-XJ" until risk scoring's API
/// shows the module maker four tiers down in a new band.
/// </summary>
public static class ChangeLatency
{
    static readonly string[] Roles = ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Wafer", "Cell", "Module"];

    public static async Task<ChangeLatencyResult> RunAsync(BenchOptions options, (string Registry, string Risk) databases)
    {
        var (suppliers, links) = options.Quick ? (2_000, 6_000) : (10_000, 30_000);
        var release = Path.Combine(options.RepoRoot, "services", "{0}", "bin", "Release", "net10.0", "{0}.dll");
        var registryDir = Directory.CreateDirectory(Path.Combine(options.WorkDir, "registry")).FullName;
        var riskDir = Directory.CreateDirectory(Path.Combine(options.WorkDir, "risk")).FullName;
        await using var registry = await ServiceProcess.StartAsync(string.Format(CultureInfo.InvariantCulture, release, "SupplierRegistry"), databases.Registry, options.RabbitPort, registryDir, new Dictionary<string, string>());
        await using var risk = await ServiceProcess.StartAsync(string.Format(CultureInfo.InvariantCulture, release, "RiskScoring"), databases.Risk, options.RabbitPort, riskDir, new Dictionary<string, string>
        {
            ["ConnectionStrings__RiskScoringDb"] = databases.Risk,
            ["Services__SupplierRegistry__BaseUrl"] = registry.BaseAddress.ToString().TrimEnd('/'),
            ["Jobs__ServerEnabled"] = "false",
            ["Projection__RebuildWhenEmpty"] = "false",
            // One line per scoring batch in the service log (kept with SUPPLIERDD_KEEP_BENCH_TMP=1).
            ["Logging__LogLevel__SupplierDD.RiskScoring.Scoring"] = "Debug",
        });
        using var registryHttp = registry.CreateClient();
        using var riskHttp = risk.CreateClient();

        var graph = PvGraph.Generate(suppliers, links);
        var suppliersCsv = Path.Combine(options.WorkDir, "risk-suppliers.csv");
        var linksCsv = Path.Combine(options.WorkDir, "risk-links.csv");
        graph.WriteSuppliersCsv(suppliersCsv);
        graph.WriteLinksCsv(linksCsv);
        var clock = Stopwatch.StartNew();
        await ImportAsync(registryHttp, "api/suppliers/import", suppliersCsv);
        await ImportAsync(registryHttp, "api/supply-links/import", linksCsv);
        await CaughtUpAsync(riskHttp, graph.Suppliers.Length, graph.Links.Length, TimeSpan.FromMinutes(options.Quick ? 5 : 20));
        var catchUp = clock.Elapsed.TotalSeconds;
        Log.Line($"   risk scoring caught up with {graph.Suppliers.Length:N0} suppliers and {graph.Links.Length:N0} links in {catchUp:0.0} s");

        var samples = new List<double>();
        var band = "";
        for (var i = 0; i < options.RiskSamples; i++)
        {
            var chain = await ChainAsync(registryHttp, i);
            await WaitAsync(riskHttp, chain[^1], b => b == "Low", TimeSpan.FromSeconds(60));
            var started = Stopwatch.StartNew();
            var response = await registryHttp.PostAsJsonAsync($"api/suppliers/{chain[2]}/facilities", new { name = "Shihezi plant", countryCode = "CN", regionCode = "CN-XJ" });
            response.EnsureSuccessStatusCode();
            band = await WaitAsync(riskHttp, chain[^1], b => b != "Low", TimeSpan.FromSeconds(30));
            samples.Add(started.Elapsed.TotalMilliseconds);
        }
        return new ChangeLatencyResult(graph.Suppliers.Length, graph.Links.Length, catchUp, (graph.Suppliers.Length + graph.Links.Length) / catchUp, samples, band);
    }

    static async Task<Guid[]> ChainAsync(HttpClient registry, int sample)
    {
        var ids = new List<Guid>();
        foreach (var role in Roles)
        {
            var response = await registry.PostAsJsonAsync("api/suppliers", new { name = $"Latency {role} {sample} {Guid.NewGuid():N}", countryCode = "CN", regionCode = "CN-JS", roles = new[] { role } });
            response.EnsureSuccessStatusCode();
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("supplier").GetProperty("id").GetGuid());
        }
        for (var i = 0; i + 1 < ids.Count; i++)
            (await registry.PostAsJsonAsync($"api/suppliers/{ids[i + 1]}/upstream", new { upstreamSupplierId = ids[i], material = Roles[i] })).EnsureSuccessStatusCode();
        return [.. ids];
    }

    /// <summary>Polls the supplier's band every 5 ms until <paramref name="done"/> holds; returns it.</summary>
    static async Task<string> WaitAsync(HttpClient risk, Guid supplier, Func<string, bool> done, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            using var response = await risk.GetAsync($"api/suppliers/{supplier}/risk");
            if (response.IsSuccessStatusCode)
            {
                var band = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("band").GetString() ?? "";
                if (done(band)) return band;
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"supplier {supplier}: risk scoring did not show the expected band within {timeout.TotalSeconds:0} s");
    }

    static async Task ImportAsync(HttpClient registry, string route, string csv)
    {
        using var content = new StreamContent(File.OpenRead(csv));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        using var response = await registry.PostAsync(route, content);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        while (true)
        {
            var job = await registry.GetFromJsonAsync<JsonElement>($"api/imports/{id}");
            var status = job.GetProperty("status").ToString();
            if (status is "Completed") return;
            if (status is "Failed") throw new InvalidOperationException($"import {route} failed: {job}");
            await Task.Delay(500);
        }
    }

    static async Task CaughtUpAsync(HttpClient risk, int suppliers, int links, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        JsonElement status = default;
        while (deadline.Elapsed < timeout)
        {
            status = await risk.GetFromJsonAsync<JsonElement>("api/projection");
            if (status.GetProperty("suppliers").GetInt32() >= suppliers && status.GetProperty("links").GetInt32() >= links && status.GetProperty("pendingScoring").GetInt32() == 0)
                return;
            await Task.Delay(1000);
        }
        throw new TimeoutException($"risk scoring did not catch up within {timeout}: {status}");
    }
}
