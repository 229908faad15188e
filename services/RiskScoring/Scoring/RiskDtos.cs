using System.Text.Json;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Scoring;

public sealed record SupplierSummary(Guid Id, string Name, string? LocalName, string CountryCode, string? RegionCode, IReadOnlyList<string> Roles, string Status, IReadOnlyList<string> FacilityRegions);

public sealed record PendingOverride(string Band, string By, string Justification, DateTimeOffset At);

public sealed record ScoreChangeView(DateTimeOffset At, double? PreviousScore, double Score, string? PreviousBand, string Band, string ModelVersion);

/// <summary>A supplier's risk: score, bands, each factor's contribution with its evidence, the review, recent changes.</summary>
public sealed record SupplierRisk(
    SupplierSummary Supplier, double Score, string Band, string ModelBand, string ModelVersion, IReadOnlyList<FactorContribution> Factors,
    DateTimeOffset ComputedAt, DateTimeOffset ChangedAt, string ReviewState, string? OverrideBand, string? Justification, string? ReviewedBy, DateTimeOffset? ReviewedAt,
    PendingOverride? Pending, IReadOnlyList<ScoreChangeView> History)
{
    public static SupplierRisk From(RiskScore s, ProjectedSupplier p, IReadOnlyList<RiskScoreChange> history) => new(
        Summary(p), s.Score, s.Band, s.ModelBand, s.ModelVersion,
        JsonSerializer.Deserialize<List<FactorContribution>>(s.FactorsJson, ScoreWriter.Json) ?? [],
        s.ComputedAt, s.ChangedAt, s.ReviewState.ToString(), s.OverrideBand, s.Justification, s.ReviewedBy, s.ReviewedAt,
        s.PendingBand is null ? null : new PendingOverride(s.PendingBand, s.PendingBy ?? "", s.PendingJustification ?? "", s.PendingAt ?? s.ComputedAt),
        history.Select(h => new ScoreChangeView(h.At, h.PreviousScore, h.Score, h.PreviousBand, h.Band, h.ModelVersion)).ToList());

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
