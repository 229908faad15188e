using System.Diagnostics;
using System.Globalization;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.Benchmarks.Scoring;

/// <summary>What one run of <see cref="RescoreBenchmark"/> measured.</summary>
public sealed record RescoreBenchmarkResult
{
    public required int Suppliers { get; init; }
    public required int Links { get; init; }
    /// <summary>Building the <see cref="RiskGraph"/> from the projection's rows.</summary>
    public required double BuildMs { get; init; }
    /// <summary>Each timed full re-score, after one warm-up.</summary>
    public required IReadOnlyList<double> ScoreAllRunsMs { get; init; }
    public double ScoreAllMedianMs => ScoreAllRunsMs.Order().ElementAt(ScoreAllRunsMs.Count / 2);
    /// <summary>Bytes allocated by one full re-score (the last timed one).</summary>
    public required long ScoreAllAllocatedBytes { get; init; }
    /// <summary>Time the garbage collector paused the process during the last timed full re-score (part of its time, not added to it).</summary>
    public required double ScoreAllGcPauseMs { get; init; }
    /// <summary>Re-scoring after one polysilicon supplier gets a facility in Xinjiang.</summary>
    public required double ScoreAffectedMs { get; init; }
    /// <summary>How many suppliers that re-score covered (the supplier and its downstream closure).</summary>
    public required int Affected { get; init; }
    /// <summary>How many of those would publish RiskScoreChanged.</summary>
    public required int Changed { get; init; }
    /// <summary>Suppliers per band after the full re-score, before the move.</summary>
    public required IReadOnlyDictionary<RiskBand, int> Bands { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Suppliers:N0} suppliers / {Links:N0} links: build {BuildMs:0} ms; ScoreAll median {ScoreAllMedianMs:0} ms " +
        $"(runs {string.Join(", ", ScoreAllRunsMs.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))} ms; {ScoreAllAllocatedBytes / 1e6:0} MB allocated, GC pauses {ScoreAllGcPauseMs:0} ms of the last); " +
        $"ScoreAffected after a polysilicon facility moves to CN-XJ {ScoreAffectedMs:0} ms for {Affected:N0} suppliers ({Changed:N0} changed); " +
        $"bands {string.Join(", ", Bands.OrderBy(b => b.Key).Select(b => $"{b.Key} {b.Value:N0}"))}");
}

/// <summary>
/// Full re-score of a PV-sized graph after a list change (goal: under 2 s for 100k suppliers and
/// 300k links), and the incremental re-score after one polysilicon supplier's facility moves to
/// Xinjiang. In process, one thread, no database: the engine alone.
/// </summary>
public static class RescoreBenchmark
{
    /// <summary>A fixed clock, so every run judges staleness at the same instant.</summary>
    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public static RescoreBenchmarkResult Run(int suppliers = 100_000, int links = 300_000, int seed = 42)
    {
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var generated = RescoreGraph.Generate(suppliers, links, seed, now);
        var engine = new RiskEngine(new RiskModelOptions(), RiskFactors.BuiltIn(), new FixedClock(now));

        var sw = Stopwatch.StartNew();
        var graph = RiskGraph.Build(generated.Suppliers, generated.Edges);
        var buildMs = sw.Elapsed.TotalMilliseconds;

        var before = engine.ScoreAll(graph); // warm-up: JIT and tiered compilation
        var runs = new List<double>();
        long allocated = 0;
        var gcPause = TimeSpan.Zero;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            sw.Restart();
            before = engine.ScoreAll(graph);
            runs.Add(sw.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            gcPause = GC.GetTotalPauseDuration() - paused;
        }

        // The polysilicon supplier with the most downstream suppliers that is not already Critical.
        var polys = generated.Suppliers.Skip(generated.TierStart[RescoreGraph.PolysiliconTier]).Take(generated.TierCount[RescoreGraph.PolysiliconTier]);
        var moved = polys.Where(p => before[p.SupplierId].Band != RiskBand.Critical).Take(20)
            .MaxBy(p => graph.Downstream(p.SupplierId).Count)!;
        graph.Upsert(moved with { Facilities = [.. moved.Facilities, new FacilityFact(Guid.NewGuid(), "New plant", "CN", "CN-XJ")] });
        GC.Collect();
        sw.Restart();
        var affected = engine.ScoreAffected(graph, [moved.SupplierId]);
        var affectedMs = sw.Elapsed.TotalMilliseconds;

        return new RescoreBenchmarkResult
        {
            Suppliers = graph.Count,
            Links = graph.EdgeCount,
            BuildMs = buildMs,
            ScoreAllRunsMs = runs,
            ScoreAllAllocatedBytes = allocated,
            ScoreAllGcPauseMs = gcPause.TotalMilliseconds,
            ScoreAffectedMs = affectedMs,
            Affected = affected.Count,
            Changed = affected.Count(a => RiskChange.Matters(before[a.Key], a.Value)),
            Bands = before.Values.GroupBy(a => a.Band).ToDictionary(g => g.Key, g => g.Count()),
        };
    }
}
