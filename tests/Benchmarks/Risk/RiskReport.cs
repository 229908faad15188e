using System.Globalization;
using System.Text;

namespace SupplierDD.Benchmarks.Risk;

/// <summary>The risk-scoring results section of docs/benchmarks.md (its own markers, next to the registry's).</summary>
public static class RiskReport
{
    public const string Start = "<!-- RISK BENCHMARK RESULTS: written by tests/Benchmarks (bash infra/bench.sh --risk); edits between these markers are overwritten -->";
    public const string End = "<!-- END RISK BENCHMARK RESULTS -->";

    public static string Markdown(RiskResults r)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"### Risk scoring: results of {r.StartedAt:yyyy-MM-dd HH:mm} UTC ({(r.Quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores, {r.TotalSeconds / 60:0.0} min)");
        md.AppendLine();
        md.AppendLine("| goal | target | measured | met |");
        md.AppendLine("|---|---|---|---|");
        if (r.Screening is { } s)
        {
            md.AppendLine(inv, $"| screening throughput (one core) | ≥ 2,000 names/s | {s.NamesPerSecond:N0} names/s | {(s.NamesPerSecond >= 2000 ? "yes" : "**no**")} |");
            md.AppendLine(inv, $"| screening p95 per supplier | < 2 ms | {s.P95Milliseconds:0.00} ms (p50 {s.P50Milliseconds:0.00}, p99 {s.P99Milliseconds:0.00}) | {(s.P95Milliseconds < 2 ? "yes" : "**no**")} |");
        }
        if (r.Rescore is { } rs)
            md.AppendLine(inv, $"| full re-score, {rs.Suppliers:N0} suppliers / {rs.Links:N0} links | < 2 s | {rs.ScoreAllMedianMs / 1000:0.00} s (median of {rs.ScoreAllRunsMs.Count}) | {(rs.ScoreAllMedianMs < 2000 ? "yes" : "**no**")} |");
        if (r.Latency is { } l)
            md.AppendLine(inv, $"| facility moved to CN-XJ → new band visible 4 tiers downstream | p95 < 1 s | p95 {l.P95:0} ms (p50 {l.P50:0}, max {l.Max:0}; {l.SamplesMs.Count} changes) | {(l.P95 < 1000 ? "yes" : "**no**")} |");
        md.AppendLine();
        if (r.Screening is { } sc)
        {
            md.AppendLine(inv, $"Screening: {sc.Entities:N0} listed entities ({sc.ListedNames:N0} names), index built in {sc.IndexBuild.TotalSeconds:0.00} s ({sc.IndexMemoryBytes / 1e6:0} MB); {sc.Suppliers:N0} suppliers with {sc.NamesScreened:N0} names, {sc.AllocatedBytesPerSupplier / 1024.0:0} KiB allocated per supplier, {sc.SuppliersWithHits:N0} with a hit.");
            md.AppendLine();
        }
        if (r.Rescore is { } re)
        {
            md.AppendLine(inv, $"Re-score: {re}.");
            md.AppendLine();
        }
        if (r.Latency is { } la)
        {
            md.AppendLine(inv, $"End to end: registry and risk scoring as separate Release processes on PostgreSQL and RabbitMQ; background graph of {la.BackgroundSuppliers:N0} suppliers and {la.BackgroundLinks:N0} links imported into the registry, which risk scoring projected and scored in {la.CatchUpSeconds:0.0} s ({la.EventsPerSecond:N0} events/s). Each sample: a fresh six-tier chain, then the time from the registry's 201 for a CN-XJ facility on the polysilicon maker until risk scoring's API shows the module maker's new band ({la.FinalBand}), polled every 5 ms.");
            md.AppendLine();
        }
        foreach (var problem in r.Problems) md.AppendLine(inv, $"- **Problem:** {problem}");
        return md.ToString();
    }

    public static void Splice(string path, string markdown) => Report.Splice(path, markdown, Start, End);
}
