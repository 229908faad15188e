using System.Text.Json;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Scoring;

public sealed record SupplierSummary(Guid Id, string Name, string? LocalName, string CountryCode, string? RegionCode, IReadOnlyList<string> Roles, string Status, IReadOnlyList<string> FacilityRegions);

public sealed record PendingOverride(string Band, string By, string Justification, DateTimeOffset At);

/// <summary>A change of score or band; <c>Reason</c> in English, <c>ReasonCode</c> and <c>ReasonArgs</c> for a client that says it in its own language.</summary>
public sealed record ScoreChangeView(DateTimeOffset At, double? PreviousScore, double Score, string? PreviousBand, string Band, string ModelVersion,
    string? Reason = null, string? ReasonCode = null, IReadOnlyDictionary<string, string>? ReasonArgs = null)
{
    public static ScoreChangeView From(RiskScoreChange c)
    {
        var reason = c.ReasonCode is null ? null : new CodedText(c.ReasonCode, CodedText.ParseArgs(c.ReasonArgs));
        return new(c.At, c.PreviousScore, c.Score, c.PreviousBand, c.Band, c.ModelVersion, reason is null ? null : RiskTexts.English(reason), reason?.Code, reason?.Args);
    }
}

/// <summary>
/// A supplier's risk: score, bands, each factor's contribution with its evidence, the review, recent changes.
/// <c>Version</c> is the review version, also sent as the ETag: a review sends it back in If-Match.
/// <c>OverrideRequestedBy</c> and <c>OverrideConfirmedBy</c> name the two analysts behind an override that lowers a Critical band.
/// </summary>
public sealed record SupplierRisk(
    SupplierSummary Supplier, double Score, string Band, string ModelBand, string ModelVersion, IReadOnlyList<FactorContribution> Factors,
    DateTimeOffset ComputedAt, DateTimeOffset ChangedAt, string ReviewState, string? OverrideBand, string? Justification, string? ReviewedBy, DateTimeOffset? ReviewedAt,
    PendingOverride? Pending, IReadOnlyList<ScoreChangeView> History, int Version = 0, string? OverrideRequestedBy = null, string? OverrideConfirmedBy = null)
{
    public static SupplierRisk From(RiskScore s, ProjectedSupplier p, IReadOnlyList<RiskScoreChange> history) => new(
        Summary(p), s.Score, s.Band, s.ModelBand, s.ModelVersion,
        JsonSerializer.Deserialize<List<FactorContribution>>(s.FactorsJson, ScoreWriter.Json) ?? [],
        s.ComputedAt, s.ChangedAt, s.ReviewState.ToString(), s.OverrideBand, s.Justification, s.ReviewedBy, s.ReviewedAt,
        s.PendingBand is null ? null : new PendingOverride(s.PendingBand, s.PendingBy ?? "", s.PendingJustification ?? "", s.PendingAt ?? s.ComputedAt),
        history.Select(ScoreChangeView.From).ToList(), s.ReviewVersion, s.OverrideRequestedBy, s.OverrideConfirmedBy);

    public static SupplierSummary Summary(ProjectedSupplier p) => new(p.Id, p.Name, p.LocalName, p.CountryCode, p.RegionCode, p.Roles, p.Status,
        p.Facilities.Select(f => f.RegionCode ?? f.CountryCode).Distinct().Order().ToList());
}

/// <summary>A row of the risk list.</summary>
public sealed record RiskRow(Guid SupplierId, string Name, string CountryCode, string? RegionCode, IReadOnlyList<string> Roles, double Score, string Band, string ModelBand,
    string ReviewState, DateTimeOffset ChangedAt);

/// <summary><c>action</c>: approve | override | reject-pending; <c>band</c> with override; <c>justification</c> with override and reject-pending.</summary>
public sealed record ReviewRequest(string? Action, string? Band, string? Justification);

public sealed record CountBy(string Key, int Low, int Medium, int High, int Critical);

public sealed record RiskStats(int Scored, IReadOnlyDictionary<string, int> ByBand, IReadOnlyList<CountBy> ByRole, IReadOnlyList<CountBy> ByCountry, IReadOnlyList<CountBy> ByRegion,
    int AwaitingReview, int AwaitingSecondAnalyst, int OpenHits);
