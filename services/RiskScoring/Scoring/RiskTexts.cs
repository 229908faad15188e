using System.Globalization;
using System.Text.Json;
using SupplierDD.RiskScoring.Scoring.Model;

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

    // Why a re-assessment falls due when it does; the basis is itself a code, an argument of the reason.
    public const string ReassessmentReason = "reassessment.reason";
    public const string BasisDue = "reassessment.basis.due";
    public const string BasisReviewed = "reassessment.basis.reviewed";
    public const string BasisFirstSeen = "reassessment.basis.first-seen";

    // The evidence codes (evidence.region.*, evidence.hit.*, evidence.staleness.*, evidence.cap, evidence.floor,
    // evidence.upstream.*) are composed by the factors in Scoring/Model from their parts; every one is in this table.

    /// <summary>The English template of every code the risk API can emit.</summary>
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        ["change.first-score"] = "First score by model {modelVersion}.",
        ["change.rescored"] = "Re-scored by model {modelVersion}: the model's band is {modelBand}.",
        ["change.critical-reopened"] = "The model moved to Critical: the override to {overrideBand} no longer holds and the review is open again.",
        ["change.review-approved"] = "{analyst} approved the model's band.",
        ["change.review-overridden"] = "{analyst} set the band to {band}.",
        ["change.review-override-confirmed"] = "{analyst} confirmed {firstAnalyst}'s request to lower Critical to {band}.",
        ["reassessment.reason"] = "{band} band: every {interval} days; {basis} {date}",
        ["reassessment.basis.due"] = "last re-assessment fell due",
        ["reassessment.basis.reviewed"] = "last analyst review",
        ["reassessment.basis.first-seen"] = "first seen",
        ["evidence.region.seat"] = "The registered seat is in {region} (severity {severity}).",
        ["evidence.region.seat.reason"] = "The registered seat is in {region}: {reason} (severity {severity}).",
        ["evidence.region.seat.floor"] = "The registered seat is in {region} (severity {severity}, at least {floor}).",
        ["evidence.region.seat.floor.reason"] = "The registered seat is in {region}: {reason} (severity {severity}, at least {floor}).",
        ["evidence.region.facility"] = "Facility '{facility}' is in {region} (severity {severity}).",
        ["evidence.region.facility.reason"] = "Facility '{facility}' is in {region}: {reason} (severity {severity}).",
        ["evidence.region.facility.floor"] = "Facility '{facility}' is in {region} (severity {severity}, at least {floor}).",
        ["evidence.region.facility.floor.reason"] = "Facility '{facility}' is in {region}: {reason} (severity {severity}, at least {floor}).",
        ["evidence.region.seat.xinjiang"] = "The registered seat is in {region}: " + GeographyFactor.XinjiangReason + " (severity {severity}, at least {floor}).",
        ["evidence.region.facility.xinjiang"] = "Facility '{facility}' is in {region}: " + GeographyFactor.XinjiangReason + " (severity {severity}, at least {floor}).",
        ["evidence.hit.open"] = "Open hit, not yet decided, on {list}: '{entity}' (match {match}).",
        ["evidence.hit.confirmed"] = "Confirmed match on {list}: '{entity}' (match {match}, confirmed by {analyst}).",
        ["evidence.hit.confirmed.unattributed"] = "Confirmed match on {list}: '{entity}' (match {match}).",
        ["evidence.hit.dismissed"] = "Dismissed hit on {list}: '{entity}' (match {match}, dismissed by {analyst}).",
        ["evidence.hit.dismissed.unattributed"] = "Dismissed hit on {list}: '{entity}' (match {match}).",
        ["evidence.staleness.never"] = "Never reviewed; first seen {date}, {days} days ago (stale after {staleAfter} days, fully stale after {fullyStaleAfter}).",
        ["evidence.staleness.reviewed"] = "Last analyst review {date}, {days} days ago (stale after {staleAfter} days, fully stale after {fullyStaleAfter}).",
        ["evidence.staleness.assessed"] = "Last completed assessment {date}, {days} days ago (stale after {staleAfter} days, fully stale after {fullyStaleAfter}).",
        ["evidence.cap"] = "The factors add up to {sum}; a score stops at 100.",
        ["evidence.floor"] = "{factor} makes the supplier at least {floor}: the score is raised from {from} to {to}, where {floor} starts.",
        ["evidence.upstream.direct"] = "Highest upstream risk: {source}, own score {sourceScore}, a direct supplier, counts in full: {score}. Path: {path}",
        ["evidence.upstream.tiers"] = "Highest upstream risk: {source}, own score {sourceScore}, {tiers} tiers up: {sourceScore} × {decay}^{exponent} = {score}. Path: {path}",
        ["evidence.upstream.direct.floor"] = "Highest upstream risk: {source}, own score {sourceScore}, a direct supplier, counts in full: {score}; it is {sourceBand}, {floorTiers} tier(s) up, so this supplier is at least {floor} (one band lower, and one more per {tiersPerBand} further tiers). Path: {path}",
        ["evidence.upstream.tiers.floor"] = "Highest upstream risk: {source}, own score {sourceScore}, {tiers} tiers up: {sourceScore} × {decay}^{exponent} = {score}; it is {sourceBand}, {floorTiers} tier(s) up, so this supplier is at least {floor} (one band lower, and one more per {tiersPerBand} further tiers). Path: {path}",
        ["evidence.upstream.floor"] = "{source} is {sourceBand}, {floorTiers} tier(s) up, so this supplier is at least {floor} (one band lower, and one more per {tiersPerBand} further tiers). Path: {path}",
    };

    /// <summary>Argument values a client should also say in its language: bands and factor names.</summary>
    public static readonly IReadOnlyList<string> Words = ["Low", "Medium", "High", "Critical", "geography", "entity-lists", "staleness", "upstream"];

    /// <summary>The English sentence for <paramref name="text"/>.</summary>
    public static string English(CodedText text) => Format(Templates.GetValueOrDefault(text.Code, text.Code), text.Args);

    /// <summary>Fills <c>{name}</c> placeholders; an unknown one stays as it is.</summary>
    public static string Format(string template, IReadOnlyDictionary<string, string> args)
    {
        foreach (var (key, value) in args) template = template.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return template;
    }
}
