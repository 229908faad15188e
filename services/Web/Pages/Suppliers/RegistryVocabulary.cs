namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>
/// The registry's enum values as the pages offer them (filters, checkboxes, charts), with English labels that go
/// through the localizer. Values the registry adds later still display: unknown ones fall back to their raw name.
/// </summary>
public static class RegistryVocabulary
{
    /// <summary>PV chain order first (quartz → module), then the balance-of-module materials.</summary>
    public static readonly IReadOnlyList<string> Roles =
        ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Ingot", "Wafer", "Cell", "Module", "Glass", "Frame", "Encapsulant", "Backsheet", "Other"];

    /// <summary>Onboarding workflow order.</summary>
    public static readonly IReadOnlyList<string> Statuses =
        ["Draft", "Invited", "UnderAssessment", "Approved", "ConditionallyApproved", "Rejected", "Suspended"];

    public static readonly IReadOnlyList<string> Sorts =
        ["Name", "NameDesc", "Country", "Status", "Created", "CreatedDesc", "Updated", "UpdatedDesc"];

    public static readonly IReadOnlyList<int> PageSizes = [25, 50, 100, 200, 500];

    public static string RoleLabel(string role) => role switch
    {
        "MetallurgicalSilicon" => "Metallurgical silicon",
        _ => role,
    };

    public static string StatusLabel(string status) => status switch
    {
        "UnderAssessment" => "Under assessment",
        "ConditionallyApproved" => "Conditionally approved",
        _ => status,
    };

    /// <summary>What a sort order means, for the list's caption.</summary>
    public static string SortLabel(string sort) => sort switch
    {
        "Name" => "Name, A to Z",
        "NameDesc" => "Name, Z to A",
        "Country" => "Country",
        "Status" => "Onboarding status",
        "Created" => "Registered, oldest first",
        "CreatedDesc" => "Registered, newest first",
        "Updated" => "Last updated, oldest first",
        "UpdatedDesc" => "Last updated, newest first",
        _ => sort,
    };

    /// <summary>Every label these values show under, so a test can check each has a translation.</summary>
    public static IEnumerable<string> Labels() =>
        Roles.Select(RoleLabel).Concat(Statuses.Select(StatusLabel)).Concat(Sorts.Select(SortLabel));

    /// <summary>Bootstrap badge classes; the text colour is chosen for contrast on each background.</summary>
    public static string StatusBadge(string status) => status switch
    {
        "Draft" => "text-bg-secondary",
        "Invited" => "text-bg-info",
        "UnderAssessment" => "text-bg-primary",
        "Approved" => "text-bg-success",
        "ConditionallyApproved" => "text-bg-warning",
        "Rejected" => "text-bg-danger",
        "Suspended" => "text-bg-dark",
        _ => "text-bg-light",
    };

    /// <summary>The same colours for charts and graph nodes (Bootstrap 5.3 palette).</summary>
    public static string StatusColor(string status) => status switch
    {
        "Draft" => "#6c757d",
        "Invited" => "#0dcaf0",
        "UnderAssessment" => "#0d6efd",
        "Approved" => "#198754",
        "ConditionallyApproved" => "#ffc107",
        "Rejected" => "#dc3545",
        "Suspended" => "#212529",
        _ => "#adb5bd",
    };

    public static string? KnownOrNull(IReadOnlyList<string> known, string? value) =>
        value is null ? null : known.FirstOrDefault(k => string.Equals(k, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
