using System.Globalization;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Turns a supplier's propagation result into the <c>upstream</c> factor's finding, naming the
/// source supplier, how many tiers up it is, and the path of suppliers between.
/// </summary>
internal static class UpstreamEvidence
{
    public static FactorResult For(UpstreamPropagation propagation, ScoringScope scope, int local, RiskModelOptions options)
    {
        var tiers = propagation.ScoreTiers[local];
        var floorTiers = propagation.FloorTiers[local];
        if (tiers == 0 && floorTiers == 0)
            return FactorResult.None(FactorNames.Upstream);

        var evidence = new List<Evidence>(2);
        var score = 0.0;
        if (tiers > 0)
        {
            score = Math.Round(propagation.Score[local], 1);
            var path = propagation.ScorePath(local);
            var source = propagation.SourceScore[local];
            var how = tiers == 1
                ? string.Create(CultureInfo.InvariantCulture, $"a direct supplier, counts in full: {score:0.0}")
                : string.Create(CultureInfo.InvariantCulture, $"{tiers} tiers up: {source:0.0} × {options.UpstreamDecay:0.###}^{tiers - 1} = {score:0.0}");
            var text = string.Create(CultureInfo.InvariantCulture,
                $"Highest upstream risk: {NameOf(scope, path[0])}, own score {source:0.0}, {how}. Path: {Names(scope, path)}.");
            evidence.Add(new Evidence("upstream-risk", text, scope.IdAt(path[0]).ToString()) { Path = Ids(scope, path) });
        }

        RiskBand? floor = null;
        if (floorTiers > 0)
        {
            floor = (RiskBand)propagation.Floor[local];
            var path = propagation.FloorPath(local);
            var sourceBand = (RiskBand)propagation.SourceBand[local];
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{NameOf(scope, path[0])} is {sourceBand} {floorTiers} {(floorTiers == 1 ? "tier" : "tiers")} up: at least {floor} here (one band lower, and one more per {options.UpstreamFloorTiersPerBand} further tiers). Path: {Names(scope, path)}.");
            evidence.Add(new Evidence("upstream-floor", text, scope.IdAt(path[0]).ToString()) { Path = Ids(scope, path) });
        }
        return new FactorResult(FactorNames.Upstream, score, floor, evidence);
    }

    static string NameOf(ScoringScope scope, int local) =>
        scope.FactsAt(local)?.Name ?? $"supplier {scope.IdAt(local)} (known only from a link)";

    static string Names(ScoringScope scope, int[] path) => string.Join(" → ", path.Select(l => NameOf(scope, l)));

    static Guid[] Ids(ScoringScope scope, int[] path)
    {
        var ids = new Guid[path.Length];
        for (var i = 0; i < path.Length; i++)
            ids[i] = scope.IdAt(path[i]);
        return ids;
    }
}
