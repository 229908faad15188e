using System.Globalization;
using System.Text.Json;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// A text the risk API composes, as a stable code with its arguments, so a client can say it in its reader's language;
/// <see cref="RiskTexts.English"/> gives the English sentence that travels next to it.
/// </summary>
public sealed record CodedText(string Code, IReadOnlyDictionary<string, string> Args)
{
    public static CodedText Of(string code, params (string Key, object? Value)[] args) =>
        new(code, args.ToDictionary(a => a.Key, a => Convert.ToString(a.Value, CultureInfo.InvariantCulture) ?? ""));

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ArgsJson() => JsonSerializer.Serialize(Args, Json);

    public static IReadOnlyDictionary<string, string> ParseArgs(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];
}

/// <summary>
/// Every code the risk API can emit, with its English template (<c>{name}</c> placeholders). The Web app holds the same
/// codes in its RiskTextResource files (English and Chinese); a test keeps the two lists equal.
/// </summary>
public static class RiskTexts
{
    // Why a score or band changed (the changes feed and a supplier's history).
    public const string ChangeFirstScore = "change.first-score";
    public const string ChangeRescored = "change.rescored";
    public const string ChangeCriticalReopened = "change.critical-reopened";
    public const string ChangeApproved = "change.review-approved";
    public const string ChangeOverridden = "change.review-overridden";
    public const string ChangeOverrideConfirmed = "change.review-override-confirmed";

    // The basis of a re-assessment's due date.
    public const string ReassessmentBasis = "reassessment.basis";
    public const string BasisReviewed = "reassessment.basis.reviewed";
    public const string BasisScored = "reassessment.basis.scored";

    // Evidence behind a factor's score.
    public const string EvidenceRegion = "evidence.region";
    public const string EvidenceFacilityRegion = "evidence.facility-region";
    public const string EvidenceScreeningHit = "evidence.screening-hit";
    public const string EvidenceOpenHit = "evidence.open-hit";
    public const string EvidenceStale = "evidence.stale";
    public const string EvidenceNeverReviewed = "evidence.never-reviewed";
    public const string EvidenceUpstream = "evidence.upstream";

    /// <summary>The English template of every code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        [ChangeFirstScore] = "First score by model {modelVersion}.",
        [ChangeRescored] = "Re-scored by model {modelVersion}: the model's band is {modelBand}.",
        [ChangeCriticalReopened] = "The model moved to Critical: the override to {overrideBand} no longer holds and the review is open again.",
        [ChangeApproved] = "{analyst} approved the model's band.",
        [ChangeOverridden] = "{analyst} set the band to {band}.",
        [ChangeOverrideConfirmed] = "{analyst} confirmed {firstAnalyst}'s request to lower Critical to {band}.",
        [ReassessmentBasis] = "{band} band: every {interval} days; {basis} {date}",
        [BasisReviewed] = "reviewed",
        [BasisScored] = "scored",
        [EvidenceRegion] = "",
        [EvidenceFacilityRegion] = "",
        [EvidenceScreeningHit] = "",
        [EvidenceOpenHit] = "",
        [EvidenceStale] = "",
        [EvidenceNeverReviewed] = "",
        [EvidenceUpstream] = "",
    };

    /// <summary>The English sentence for <paramref name="text"/>.</summary>
    public static string English(CodedText text) => Format(Templates.GetValueOrDefault(text.Code, text.Code), text.Args);

    /// <summary>Fills <c>{name}</c> placeholders; an unknown one stays as it is.</summary>
    public static string Format(string template, IReadOnlyDictionary<string, string> args)
    {
        foreach (var (key, value) in args) template = template.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return template;
    }
}
