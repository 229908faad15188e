namespace SupplierDD.Web.Localization;

/// <summary>
/// Strings of the back-office pages (dashboard, suppliers, imports, graph), through <c>IStringLocalizer&lt;BackOfficeResource&gt;</c>.
/// The keys are the English text; a <c>Resources/Localization/BackOfficeResource.zh-CN.resx</c> would translate them.
/// </summary>
public sealed class BackOfficeResource;
