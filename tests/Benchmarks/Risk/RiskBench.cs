using System.Diagnostics;
using Npgsql;
using SupplierDD.Benchmarks.Scoring;
using SupplierDD.Benchmarks.Screening;

namespace SupplierDD.Benchmarks.Risk;

/// <summary>
/// Risk scoring's goals (docs/benchmarks.md): screening throughput and p95, a full re-score after a list change,
/// and a registry change seen downstream end to end (registry → RabbitMQ → risk scoring → its API).
/// </summary>
public static class RiskBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var results = new RiskResults { Quick = options.Quick, StartedAt = DateTimeOffset.UtcNow };
        var total = Stopwatch.StartNew();
        var exitCode = 0;
        try
        {
            var uflpa = Path.Combine(options.RepoRoot, "services", "RiskScoring", "EntityLists", "Data", "uflpa-entity-list.csv");
            var synthetic = options.Quick ? 5_000 : 20_000;
            Log.Line($"1. screening: UFLPA list + {synthetic:N0} synthetic entities");
            results.Screening = ScreeningBenchmark.Run(uflpa, synthetic, synthetic);
            Log.Line($"   {results.Screening.NamesPerSecond:N0} names/s, p95 {results.Screening.P95Milliseconds:0.000} ms");

            var (suppliers, links) = options.Quick ? (20_000, 60_000) : (100_000, 300_000);
            Log.Line($"2. full re-score: {suppliers:N0} suppliers, {links:N0} links");
            results.Rescore = RescoreBenchmark.Run(suppliers, links);
            Log.Line($"   {results.Rescore}");

            Log.Line("3. a registry change seen downstream, end to end");
            results.Latency = await ChangeLatency.RunAsync(options, await DatabasesAsync(options));
            Log.Line($"   {results.Latency}");
        }
        catch (Exception e)
        {
            exitCode = 1;
            results.Problems.Add($"The run stopped early: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine(e);
        }
        results.TotalSeconds = total.Elapsed.TotalSeconds;
        var markdown = RiskReport.Markdown(results);
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Output is { } output)
        {
            RiskReport.Splice(output, markdown);
            Log.Line($"results written to {output}");
        }
        return exitCode;
    }

    static async Task<(string Registry, string Risk)> DatabasesAsync(BenchOptions options)
    {
        var server = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "postgres", Pooling = false };
        await using var admin = new NpgsqlConnection(server.ConnectionString);
        await admin.OpenAsync();
        foreach (var name in new[] { "supplierdd_bench_risk_registry", "supplierdd_bench_risk" })
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}", admin);
            await command.ExecuteNonQueryAsync();
        }
        return (new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "supplierdd_bench_risk_registry" }.ConnectionString,
            new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "supplierdd_bench_risk" }.ConnectionString);
    }
}

public sealed class RiskResults
{
    public bool Quick { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public ScreeningBenchmarkResult? Screening { get; set; }
    public RescoreBenchmarkResult? Rescore { get; set; }
    public ChangeLatencyResult? Latency { get; set; }
    public List<string> Problems { get; } = [];
    public double TotalSeconds { get; set; }
}
