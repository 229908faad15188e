using System.Globalization;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Risk from entity-list screening: a confirmed match is severity 100 and Critical, an open
/// (undecided) hit severity 70 and at least High, a dismissed hit nothing — it is still listed in
/// the evidence so the analyst sees it was looked at.
/// </summary>
public sealed class EntityListFactor : IRiskFactor
{
    /// <summary>Severity of a confirmed match.</summary>
    public const double ConfirmedScore = 100;

    /// <summary>Severity of an open hit: high enough to act on, below a confirmed match.</summary>
    public const double OpenScore = 70;

    static readonly FactorResult Nothing = FactorResult.None(FactorNames.EntityLists);

    /// <inheritdoc />
    public string Name => FactorNames.EntityLists;

    /// <inheritdoc />
    public FactorResult Evaluate(SupplierFacts supplier, RiskContext context)
    {
        if (supplier.Screening.Count == 0)
            return Nothing;
        double score = 0;
        RiskBand? floor = null;
        var evidence = new List<Evidence>(supplier.Screening.Count);
        foreach (var hit in supplier.Screening)
        {
            var (hitScore, hitFloor, kind, what) = hit.State switch
            {
                ScreeningState.Confirmed => (ConfirmedScore, RiskBand.Critical, "screening-confirmed", "Confirmed match"),
                ScreeningState.Open => (OpenScore, RiskBand.High, "screening-open", "Open hit, not yet decided,"),
                _ => (0.0, (RiskBand?)null, "screening-dismissed", "Dismissed hit"),
            };
            score = Math.Max(score, hitScore);
            if (hitFloor > (floor ?? RiskBand.Low))
                floor = hitFloor;
            var by = hit.DecidedBy is { Length: > 0 } who && hit.State != ScreeningState.Open ? $", {hit.State.ToString().ToLowerInvariant()} by {who}" : "";
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{what} on {hit.ListName}: '{hit.ListedEntityName}' (match {hit.MatchScore:0.##}{by}).");
            var state = hit.State switch { ScreeningState.Confirmed => "confirmed", ScreeningState.Open => "open", _ => "dismissed" };
            var textCode = $"evidence.hit.{state}{(state != "open" && by.Length == 0 ? ".unattributed" : "")}";
            evidence.Add(new Evidence(kind, text, hit.HitId.ToString()).Coded(textCode, ("list", hit.ListName), ("entity", hit.ListedEntityName),
                ("match", hit.MatchScore.ToString("0.##", CultureInfo.InvariantCulture)), ("analyst", hit.DecidedBy)));
        }
        return new FactorResult(Name, score, floor, evidence);
    }
}
