using SupplierDD.Web.Pages.Suppliers;
namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// The risk service's values as the risk pages offer them (filters, badges, charts), with English labels that go
/// through the localizer. Unknown values a newer service adds still display under their raw name.
/// </summary>
public static class RiskVocabulary
{
    /// <summary>Lowest first: the order of chart stacks and filters.</summary>
    public static readonly IReadOnlyList<string> Bands = ["Low", "Medium", "High", "Critical"];

    public static readonly IReadOnlyList<string> ReviewStates = ["Unreviewed", "Approved", "Overridden", "AwaitingSecondAnalyst"];

    public static readonly IReadOnlyList<string> HitStates = ["Open", "Confirmed", "Dismissed", "Withdrawn"];

    /// <summary>The factors of the risk model, in the order the breakdown shows them.</summary>
    public static readonly IReadOnlyList<string> Factors = ["geography", "entity-lists", "upstream", "staleness", "cap", "floor"];

    public static readonly IReadOnlyList<string> AuditActions =
        ["risk.approved", "risk.overridden", "risk.override-requested", "risk.override-confirmed", "risk.override-rejected", "screening.confirmed", "screening.dismissed"];

    /// <summary>How a matched word of a screening hit counts (the risk service's token kinds).</summary>
    public static readonly IReadOnlyList<string> TokenKinds = ["Distinctive", "Generic", "Place"];

    /// <summary>What a re-assessment interval counts from (the risk service's schedule says it in these words).</summary>
    public static readonly IReadOnlyList<string> AssessmentBases = ["last re-assessment fell due", "last analyst review", "first seen"];

    /// <summary>Every label these values show under, so a test can check each has a translation.</summary>
    public static IEnumerable<string> Labels() =>
        Bands.Concat(ReviewStates.Select(ReviewStateLabel)).Concat(HitStates).Concat(Factors.Select(FactorLabel))
            .Concat(AuditActions.Select(AuditActionLabel)).Concat(AuditFields.Select(AuditFieldLabel)).Concat(TokenKinds).Concat(AssessmentBases);

    /// <summary>The review-queue filter value meaning "any review state" (no value at all means the default, Unreviewed).</summary>
    public const string AnyState = "Any";

    public static string ReviewStateLabel(string state) => state switch
    {
        "AwaitingSecondAnalyst" => "Awaiting second analyst",
        _ => state,
    };

    /// <summary>Bootstrap badge classes, text colour chosen for contrast.</summary>
    public static string BandBadge(string? band) => band switch
    {
        "Low" => "text-bg-success",
        "Medium" => "text-bg-warning",
        "High" => "band-high",
        "Critical" => "text-bg-danger",
        _ => "text-bg-light",
    };

    /// <summary>The same colours for charts (Bootstrap 5.3 palette; High in a darker orange than Medium's yellow).</summary>
    public static string BandColor(string band) => band switch
    {
        "Low" => "#198754",
        "Medium" => "#ffc107",
        "High" => "#fd7e14",
        "Critical" => "#dc3545",
        _ => "#adb5bd",
    };

    public static string ReviewStateBadge(string state) => state switch
    {
        "Unreviewed" => "text-bg-secondary",
        "Approved" => "text-bg-success",
        "Overridden" => "text-bg-primary",
        "AwaitingSecondAnalyst" => "text-bg-warning",
        _ => "text-bg-light",
    };

    public static string HitStateBadge(string state) => state switch
    {
        "Open" => "text-bg-warning",
        "Confirmed" => "text-bg-danger",
        "Dismissed" => "text-bg-secondary",
        "Withdrawn" => "text-bg-light",
        _ => "text-bg-light",
    };

    /// <summary>A factor's name as analysts read it.</summary>
    public static string FactorLabel(string factor) => factor switch
    {
        "geography" => "Geography",
        "entity-lists" => "Entity lists",
        "upstream" => "Upstream supply chain",
        "staleness" => "Time since last review",
        "cap" => "Cap at 100",
        "floor" => "Lift to the floor band",
        _ => factor,
    };

    /// <summary>What an audit action means.</summary>
    public static string AuditActionLabel(string action) => action switch
    {
        "risk.approved" => "Band approved",
        "risk.overridden" => "Band overridden",
        "risk.override-requested" => "Override requested (awaits a second analyst)",
        "risk.override-confirmed" => "Override confirmed by a second analyst",
        "risk.override-rejected" => "Pending override rejected",
        "screening.confirmed" => "Screening hit confirmed",
        "screening.dismissed" => "Screening hit dismissed",
        _ => action,
    };

    /// <summary>The fields of an audit entry's data as the risk service writes them (reviews and screening decisions).</summary>
    public static readonly IReadOnlyList<string> AuditFields =
        ["bandBefore", "bandAfter", "modelBand", "score", "requested", "justification", "firstAnalyst",
         "hitId", "list", "listVersion", "entity", "supplierName", "listedName", "from", "note"];

    public static string AuditFieldLabel(string field) => field switch
    {
        "bandBefore" => "Band before",
        "bandAfter" => "Band after",
        "modelBand" => "Model's band",
        "score" => "Score",
        "requested" => "Band asked for",
        "justification" => "Justification",
        "firstAnalyst" => "First analyst",
        "hitId" => "Hit",
        "list" => "List",
        "listVersion" => "Version",
        "entity" => "Listed entity",
        "supplierName" => "Supplier",
        "listedName" => "Listed name",
        "from" => "State before",
        "note" => "Note",
        _ => field,
    };

    /// <summary>Audit fields whose value is a band or a hit state, shown under its label rather than as stored.</summary>
    public static bool AuditValueIsTerm(string field) => field is "bandBefore" or "bandAfter" or "modelBand" or "requested" or "from";

    public static string? KnownOrNull(IReadOnlyList<string> known, string? value) => RegistryVocabulary.KnownOrNull(known, value);

    public static int Rank(string? band) => band is null ? -1 : Bands.ToList().IndexOf(band);
}
