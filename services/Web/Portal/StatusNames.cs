namespace SupplierDD.Web.Portal;

/// <summary>Onboarding statuses as people read them (the key of their translation); unknown ones as the registry sent them.</summary>
public static class StatusNames
{
    static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Draft"] = "Draft",
        ["Invited"] = "Invited",
        ["UnderAssessment"] = "Under assessment",
        ["Approved"] = "Approved",
        ["ConditionallyApproved"] = "Conditionally approved",
        ["Rejected"] = "Rejected",
        ["Suspended"] = "Suspended",
    };

    public static string Display(string status) => Names.GetValueOrDefault(status, status);
}
