using System.Globalization;
using System.Text;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Turns a supplier's propagation result into the <c>upstream</c> factor's finding, naming the
/// source supplier, how many tiers up it is, and the path of suppliers between. Runs for most
/// suppliers of a full re-score, so each text is written once into a reused builder.
/// </summary>
internal static class UpstreamEvidence
{
    static readonly FactorResult None = FactorResult.None(FactorNames.Upstream);

    [ThreadStatic]
    static StringBuilder? builder;

    public static FactorResult For(UpstreamPropagation propagation, ScoringScope scope, int local, RiskModelOptions options)
    {
        var tiers = propagation.ScoreTiers[local];
        var floorTiers = propagation.FloorTiers[local];
        if (tiers == 0 && floorTiers == 0)
            return None;

        var scorePath = tiers > 0 ? propagation.ScorePath(local) : [];
        var floorPath = floorTiers > 0 ? propagation.FloorPath(local) : [];
        RiskBand? floor = floorTiers > 0 ? (RiskBand)propagation.Floor[local] : null;
        // Usually one source gives both the score and the floor: then one entry says both, so the path is written once.
        var oneSource = tiers > 0 && floorTiers > 0 && scorePath.AsSpan().SequenceEqual(floorPath);
        var text = builder ??= new StringBuilder(512);

        var score = 0.0;
        var evidence = new Evidence[(tiers > 0 ? 1 : 0) + (floorTiers > 0 && !oneSource ? 1 : 0)];
        if (tiers > 0)
        {
            score = Math.Round(propagation.Score[local], 1);
            var source = propagation.SourceScore[local];
            text.Clear().Append(CultureInfo.InvariantCulture, $"Highest upstream risk: {NameOf(scope, scorePath[0])}, own score {source:0.0}, ");
            if (tiers == 1)
                text.Append(CultureInfo.InvariantCulture, $"a direct supplier, counts in full: {score:0.0}");
            else
                text.Append(CultureInfo.InvariantCulture, $"{tiers} tiers up: {source:0.0} × {options.UpstreamDecay:0.###}^{tiers - 1} = {score:0.0}");
            if (oneSource)
                AppendFloor(text.Append("; it is "), propagation, local, options);
            AppendPath(text, scope, scorePath);
            var code = $"evidence.upstream.{(tiers == 1 ? "direct" : "tiers")}{(oneSource ? ".floor" : "")}";
            evidence[0] = new Evidence("upstream-risk", text.ToString(), scope.IdAt(scorePath[0]).ToString()) { Path = Ids(scope, scorePath) }
                .Coded(code, [.. ScoreArgs(scope, scorePath, source, score, tiers, options), .. (oneSource ? FloorArgs(propagation, local, options) : [])]);
        }
        if (floorTiers > 0 && !oneSource)
        {
            text.Clear().Append(NameOf(scope, floorPath[0])).Append(" is ");
            AppendFloor(text, propagation, local, options);
            AppendPath(text, scope, floorPath);
            evidence[^1] = new Evidence("upstream-floor", text.ToString(), scope.IdAt(floorPath[0]).ToString()) { Path = Ids(scope, floorPath) }
                .Coded("evidence.upstream.floor", [("source", NameOf(scope, floorPath[0])), ("path", PathText(scope, floorPath)), .. FloorArgs(propagation, local, options)]);
        }
        return new FactorResult(FactorNames.Upstream, score, floor, evidence);
    }

    static void AppendFloor(StringBuilder text, UpstreamPropagation propagation, int local, RiskModelOptions options)
    {
        var tiers = propagation.FloorTiers[local];
        text.Append(CultureInfo.InvariantCulture,
            $"{(RiskBand)propagation.SourceBand[local]}, {tiers} {(tiers == 1 ? "tier" : "tiers")} up, so this supplier is at least {(RiskBand)propagation.Floor[local]} (one band lower, and one more per {options.UpstreamFloorTiersPerBand} further tiers)");
    }

    static (string, object?)[] ScoreArgs(ScoringScope scope, int[] path, double source, double score, int tiers, RiskModelOptions options) =>
    [
        ("source", NameOf(scope, path[0])), ("path", PathText(scope, path)), ("sourceScore", source.ToString("0.0", CultureInfo.InvariantCulture)),
        ("score", score.ToString("0.0", CultureInfo.InvariantCulture)), ("tiers", tiers), ("exponent", tiers - 1),
        ("decay", options.UpstreamDecay.ToString("0.###", CultureInfo.InvariantCulture)),
    ];

    static (string, object?)[] FloorArgs(UpstreamPropagation propagation, int local, RiskModelOptions options) =>
    [
        ("sourceBand", ((RiskBand)propagation.SourceBand[local]).ToString()), ("floorTiers", propagation.FloorTiers[local]),
        ("floor", ((RiskBand)propagation.Floor[local]).ToString()), ("tiersPerBand", options.UpstreamFloorTiersPerBand),
    ];

    static string PathText(ScoringScope scope, int[] path)
    {
        var names = new string[path.Length];
        for (var i = 0; i < path.Length; i++)
            names[i] = NameOf(scope, path[i]);
        return string.Join(" → ", names);
    }

    static void AppendPath(StringBuilder text, ScoringScope scope, int[] path)
    {
        text.Append(". Path: ");
        for (var i = 0; i < path.Length; i++)
        {
            if (i > 0)
                text.Append(" → ");
            if (scope.FactsAt(path[i]) is { } facts)
                text.Append(facts.Name);
            else
                text.Append(UnknownName(scope, path[i]));
        }
        // Names often end in "Ltd.": no second full stop.
        if (text[^1] != '.')
            text.Append('.');
    }

    static string NameOf(ScoringScope scope, int local) => scope.FactsAt(local)?.Name ?? UnknownName(scope, local);

    static string UnknownName(ScoringScope scope, int local) => $"supplier {scope.IdAt(local)} (known only from a link)";

    static Guid[] Ids(ScoringScope scope, int[] path)
    {
        var ids = new Guid[path.Length];
        for (var i = 0; i < path.Length; i++)
            ids[i] = scope.IdAt(path[i]);
        return ids;
    }
}
