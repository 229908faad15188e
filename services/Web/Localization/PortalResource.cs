namespace SupplierDD.Web.Localization;

/// <summary>Strings of the supplier portal, the invitation page and portal emails (Resources/Localization/PortalResource.zh-CN.resx).</summary>
public sealed class PortalResource;
