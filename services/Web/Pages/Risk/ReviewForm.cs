using Microsoft.Extensions.Localization;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// An analyst's review of a score. The rules (a justification of 20+ characters to override or reject, two analysts to
/// lower a Critical band) are the risk service's: the page sends what was entered and shows the service's answer.
/// </summary>
public sealed class ReviewForm
{
    /// <summary>approve | override | reject-pending.</summary>
    public string? Action { get; set; }
    public string? Band { get; set; }
    public string? Justification { get; set; }
    /// <summary>The review version the analyst saw (a hidden field): the service refuses the review when someone decided since.</summary>
    public int? Version { get; set; }

    public static readonly Dictionary<string, string> FieldMap = new()
    {
        ["action"] = nameof(Action), ["band"] = nameof(Band), ["justification"] = nameof(Justification),
    };

    public static Dictionary<string, string> Labels(IStringLocalizer L) => new()
    {
        [nameof(Action)] = L["Decision"], [nameof(Band)] = L["Band"], [nameof(Justification)] = L["Justification"],
    };

    /// <summary>The band goes only with an override, so a band chosen and then another decision taken is not sent.</summary>
    public ReviewRequest ToRequest() => new(Action?.Trim(), Action?.Trim() == "override" ? Band : null,
        string.IsNullOrWhiteSpace(Justification) ? null : Justification.Trim());
}

/// <summary>Where a piece of evidence leads: the source supplier's risk, the supplier record (seat or facility), or the hit.</summary>
public sealed record EvidenceLink(string Href, string Text);
