using Microsoft.Extensions.Localization;

// The assembly is named "Web" but its resources are named after the root namespace (SupplierDD.Web.Resources.…):
// without this the localizer looks for "Web.Resources.…" and every page silently stays in English.
[assembly: RootNamespace("SupplierDD.Web")]

namespace SupplierDD.Web.Localization;

/// <summary>Strings of the supplier portal, the invitation page and portal emails (Resources/Localization/PortalResource.zh-CN.resx).</summary>
public sealed class PortalResource;
