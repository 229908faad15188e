namespace SupplierDD.Web.Localization;

/// <summary>
/// Texts the risk service sends as a code with arguments (why a score changed, the basis of a re-assessment, the evidence
/// behind a factor), and the risk pages' messages about versions and second analysts. Unlike the other resources the
/// keys are codes: Resources/Localization/RiskTextResource.resx holds the English templates, the zh-CN file the Chinese.
/// </summary>
public sealed class RiskTextResource;
