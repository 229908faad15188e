using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>
/// The create and edit form, as typed. Only what the page can say without asking the registry is checked here;
/// the registry's own validation (codes, check digits, formulas) comes back next to the same fields.
/// </summary>
public sealed class SupplierForm
{
    /// <summary>TempData key: possible duplicates a create found, shown on the next page.</summary>
    public const string DuplicatesKey = "PossibleDuplicates";

    [Required(ErrorMessage = "Enter the supplier's name."), StringLength(300, ErrorMessage = "Use at most {1} characters.")]
    public string? Name { get; set; }
    [StringLength(300, ErrorMessage = "Use at most {1} characters.")] public string? LocalName { get; set; }
    /// <summary>One per line.</summary>
    public string? Aliases { get; set; }
    public string? RegistrationScheme { get; set; }
    public string? RegistrationValue { get; set; }
    public string? Lei { get; set; }
    [Required(ErrorMessage = "Choose the supplier's country.")]
    public string? CountryCode { get; set; }
    public string? RegionCode { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? ContactEmail { get; set; }

    public List<string> AliasList =>
        (Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public SupplierRequest ToRequest() => new(
        Clean(Name), Clean(LocalName), AliasList,
        Clean(RegistrationScheme) is null && Clean(RegistrationValue) is null ? null : new RegistrationId(Clean(RegistrationScheme), Clean(RegistrationValue)),
        Clean(Lei), Clean(CountryCode), Clean(RegionCode), Roles.Where(r => r.Length > 0).Distinct().ToList(), Clean(ContactEmail));

    public static SupplierForm From(SupplierSummary s) => new()
    {
        Name = s.Name, LocalName = s.LocalName, Aliases = string.Join('\n', s.Aliases),
        RegistrationScheme = s.RegistrationId?.Scheme, RegistrationValue = s.RegistrationId?.Value, Lei = s.Lei,
        CountryCode = s.CountryCode, RegionCode = s.RegionCode, Roles = s.Roles.ToList(), ContactEmail = s.ContactEmail,
    };

    /// <summary>The registry's field names (JSON paths) → this form's properties; each alias error goes to the aliases box.</summary>
    public Dictionary<string, string> FieldMap()
    {
        var map = new Dictionary<string, string>
        {
            ["name"] = nameof(Name), ["localName"] = nameof(LocalName), ["aliases"] = nameof(Aliases),
            ["registrationId"] = nameof(RegistrationValue), ["registrationId.scheme"] = nameof(RegistrationScheme),
            ["registrationId.value"] = nameof(RegistrationValue), ["lei"] = nameof(Lei), ["countryCode"] = nameof(CountryCode),
            ["regionCode"] = nameof(RegionCode), ["roles"] = nameof(Roles), ["contactEmail"] = nameof(ContactEmail),
        };
        for (var i = 0; i < AliasList.Count; i++) map[$"aliases[{i}]"] = nameof(Aliases);
        return map;
    }

    public static Dictionary<string, string> Labels(IStringLocalizer L) => new()
    {
        [nameof(Name)] = L["Name"], [nameof(LocalName)] = L["Local name"], [nameof(Aliases)] = L["Alias"],
        [nameof(RegistrationScheme)] = L["Registration scheme"], [nameof(RegistrationValue)] = L["Registration id"], [nameof(Lei)] = L["LEI"],
        [nameof(CountryCode)] = L["Country"], [nameof(RegionCode)] = L["Region"], [nameof(Roles)] = L["Roles"], [nameof(ContactEmail)] = L["Contact email"],
    };

    /// <summary>The supplier that already holds the registration id, from the registry's 409 (<c>existingSupplierId</c>).</summary>
    public static Guid? ExistingSupplier(ApiException conflict) =>
        ServiceProblems.Read(conflict)?.Extensions.TryGetValue("existingSupplierId", out var value) == true
        && value is JsonElement { ValueKind: JsonValueKind.String } element && element.TryGetGuid(out var id) ? id : null;

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
