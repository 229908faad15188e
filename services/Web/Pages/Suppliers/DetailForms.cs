using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Suppliers;

// The detail page's forms. Each posts to its own handler and binds under its own prefix, so one form's errors never
// mark another's fields. FieldMap: the registry's field names → the form's properties.

public sealed class StatusForm
{
    [Required(ErrorMessage = "Choose the new status.")] public string? Status { get; set; }
    [Required(ErrorMessage = "Say why the status changes."), StringLength(2000, ErrorMessage = "Use at most {1} characters.")] public string? Reason { get; set; }
    /// <summary>The supplier's version the form was shown with, sent as If-Match: a decision on a stale page is refused.</summary>
    public int? Version { get; set; }

    public static readonly Dictionary<string, string> FieldMap = new() { ["status"] = nameof(Status), ["reason"] = nameof(Reason) };

    public static Dictionary<string, string> Labels(IStringLocalizer L) => new() { [nameof(Status)] = L["New status"], [nameof(Reason)] = L["Reason"] };
}

public sealed class FacilityForm
{
    [Required(ErrorMessage = "Enter the facility's name."), StringLength(300, ErrorMessage = "Use at most {1} characters.")] public string? Name { get; set; }
    [StringLength(1000, ErrorMessage = "Use at most {1} characters.")] public string? Address { get; set; }
    [Required(ErrorMessage = "Choose the facility's country.")] public string? CountryCode { get; set; }
    public string? RegionCode { get; set; }
    [Range(-90, 90, ErrorMessage = "Latitude must be between -90 and 90.")] public double? Latitude { get; set; }
    [Range(-180, 180, ErrorMessage = "Longitude must be between -180 and 180.")] public double? Longitude { get; set; }
    public List<string> Processes { get; set; } = [];
    /// <summary>The supplier's version the form was shown with, sent as If-Match.</summary>
    public int? Version { get; set; }

    public static readonly Dictionary<string, string> FieldMap = new()
    {
        ["name"] = nameof(Name), ["address"] = nameof(Address), ["countryCode"] = nameof(CountryCode), ["regionCode"] = nameof(RegionCode),
        ["latitude"] = nameof(Latitude), ["longitude"] = nameof(Longitude), ["processes"] = nameof(Processes),
    };

    public static Dictionary<string, string> Labels(IStringLocalizer L) => new()
    {
        [nameof(Name)] = L["Facility name"], [nameof(Address)] = L["Address"], [nameof(CountryCode)] = L["Country"], [nameof(RegionCode)] = L["Region"],
        [nameof(Latitude)] = L["Latitude"], [nameof(Longitude)] = L["Longitude"], [nameof(Processes)] = L["Processes"],
    };

    public FacilityRequest ToRequest() => new(Name?.Trim(), string.IsNullOrWhiteSpace(Address) ? null : Address.Trim(), CountryCode,
        string.IsNullOrWhiteSpace(RegionCode) ? null : RegionCode.Trim(), Latitude, Longitude, Processes.Where(p => p.Length > 0).Distinct().ToList());
}

public sealed class LinkForm
{
    [Required(ErrorMessage = "Choose the supplier it buys from.")] public Guid? UpstreamSupplierId { get; set; }
    [Required(ErrorMessage = "Name the material, e.g. Polysilicon.")] public string? Material { get; set; }
    [Range(0.01, 100, ErrorMessage = "Share must be more than 0 and at most 100 percent.")] public decimal? SharePercent { get; set; }
    /// <summary>The supplier's version the form was shown with, sent as If-Match (needed when the link exists and its share changes).</summary>
    public int? Version { get; set; }

    public static readonly Dictionary<string, string> FieldMap = new()
    {
        ["upstreamSupplierId"] = nameof(UpstreamSupplierId), ["upstreamFacilityId"] = nameof(UpstreamSupplierId),
        ["material"] = nameof(Material), ["sharePercent"] = nameof(SharePercent),
    };

    public static Dictionary<string, string> Labels(IStringLocalizer L) => new()
    {
        [nameof(UpstreamSupplierId)] = L["Upstream supplier"], [nameof(Material)] = L["Material"], [nameof(SharePercent)] = L["Share"],
    };
}

/// <summary>The If-Match header for a version a form carried; none when the form had none (the registry then asks for it: 428).</summary>
public static class FormVersion
{
    public static string? IfMatch(int? version) => version is { } v ? $"\"{v}\"" : null;
}

/// <summary>One supply link as the detail page lists it: the supplier on the other end and what flows.</summary>
public sealed record LinkRow(Guid SupplierId, string Name, string CountryCode, string? RegionCode, bool HighRisk, string Material, decimal? SharePercent);
