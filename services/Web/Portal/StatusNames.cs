using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Portal;

/// <summary>
/// Onboarding statuses as people read them (the key of their translation in PortalResource); unknown ones as the
/// registry sent them. The labels are the back-office's, so both sides of the portal say the same thing.
/// </summary>
public static class StatusNames
{
    public static string Display(string status) =>
        RegistryVocabulary.StatusLabel(RegistryVocabulary.KnownOrNull(RegistryVocabulary.Statuses, status) ?? status);
}
