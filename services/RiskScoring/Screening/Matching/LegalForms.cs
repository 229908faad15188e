namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Legal-form and corporate-structure words. They are dropped from the scoring tokens (a "Co., Ltd." says nothing
/// about who a company is) but kept on the <see cref="NormalizedName"/> for explanations. Pinyin spellings
/// (youxian gongsi, gufen, jituan, konggu) are derived from the Chinese words through ICU, not listed here.
/// </summary>
internal static class LegalForms
{
    /// <summary>Chinese legal forms; longest first is not needed, the dictionary matcher prefers longer words.</summary>
    public static readonly string[] Han =
    [
        "股份有限公司", "有限责任公司", "有限公司", "有限", "责任", "公司", "股份", "集团", "控股", "分公司",
        "总公司", "厂", "总厂", "分厂", "合伙企业", "有限合伙", "企业集团", "实业集团", "控股集团",
    ];

    /// <summary>English (and common European) legal forms, as lower-case phrases.</summary>
    public static readonly string[] Latin =
    [
        "co", "company", "companies", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc",
        "gmbh", "pte", "pty", "llp", "jsc", "joint stock", "jointstock",
        "stock", "share", "shares", "shareholding", "holding", "holdings", "group", "branch", "factory",
        "general company", "general co", "general corp", "general corporation", "subsidiary", "subsidiaries", "and subsidiaries",
    ];
}
