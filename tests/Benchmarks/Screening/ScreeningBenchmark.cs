// Compiled only when the Benchmarks project references services/RiskScoring and defines SCREENING_BENCHMARK
// (it does not yet, and an unguarded file would break the solution build).
using System.Diagnostics;
using SupplierDD.RiskScoring.Screening.Matching;

namespace SupplierDD.Benchmarks.Screening;

/// <summary>What <see cref="ScreeningBenchmark.Run"/> measured. Latencies are per supplier (all its names in one call).</summary>
public sealed record ScreeningBenchmarkResult(
    int Entities,
    int ListedNames,
    TimeSpan IndexBuild,
    long IndexMemoryBytes,
    long BuildAllocatedBytes,
    int Suppliers,
    int NamesScreened,
    TimeSpan ScreeningTime,
    double NamesPerSecond,
    double P50Milliseconds,
    double P95Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    long AllocatedBytesPerSupplier,
    int SuppliersWithHits)
{
    public string Markdown() =>
        $"| entities | names | build | index memory | suppliers | names/s | p50 | p95 | p99 | max | alloc/supplier | with hits |\n" +
        $"|---|---|---|---|---|---|---|---|---|---|---|---|\n" +
        $"| {Entities:N0} | {ListedNames:N0} | {IndexBuild.TotalSeconds:0.00} s | {IndexMemoryBytes / 1e6:0.0} MB | {Suppliers:N0} | " +
        $"{NamesPerSecond:N0} | {P50Milliseconds:0.000} ms | {P95Milliseconds:0.000} ms | {P99Milliseconds:0.000} ms | {MaxMilliseconds:0.00} ms | " +
        $"{AllocatedBytesPerSupplier / 1024.0:0.0} KiB | {SuppliersWithHits:N0} |";
}

/// <summary>
/// Screening throughput on one thread: an index of the UFLPA list plus synthetic PV and industry entities, and
/// synthetic suppliers with a Latin name, a Chinese name and an alias each, like a real supplier record.
/// Goal (issue): at least 2,000 names/s per core and p95 below 2 ms per supplier.
/// </summary>
public static class ScreeningBenchmark
{
    public static ScreeningBenchmarkResult Run(string uflpaCsvPath, int syntheticEntities = 20_000, int queries = 20_000, int seed = 42)
    {
        var generator = new SyntheticNames(seed);
        var listed = UflpaCsv.Load(uflpaCsvPath).Concat(Enumerable.Range(0, syntheticEntities).Select(_ => generator.Entity())).ToList();
        var suppliers = Enumerable.Range(0, queries).Select(_ => generator.Supplier(listed)).ToList();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var build = Stopwatch.StartNew();
        var index = ScreeningIndex.Build(listed, new MatchingOptions());
        build.Stop();
        var buildAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var indexMemory = GC.GetTotalMemory(true) - memoryBefore;

        // Warm-up: JIT and tiered compilation, so the numbers are steady-state.
        foreach (var supplier in suppliers.Take(Math.Min(2_000, suppliers.Count))) index.Match(supplier);

        var latencies = new double[suppliers.Count];
        var names = 0;
        var withHits = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < suppliers.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var hits = index.Match(suppliers[i]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            names += suppliers[i].Length;
            if (hits.Count > 0) withHits++;
        }
        total.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Array.Sort(latencies);

        return new ScreeningBenchmarkResult(
            index.EntityCount, index.NameCount, build.Elapsed, indexMemory, buildAllocated, suppliers.Count, names, total.Elapsed,
            names / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            latencies[^1], allocated / Math.Max(1, suppliers.Count), withHits);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}
