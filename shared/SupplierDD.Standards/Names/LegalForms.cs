namespace SupplierDD.Standards.Names;

/// <summary>
/// Legal-form and corporate-structure words in company names, in Chinese and English (lower case, after NFKC). A
/// "Co., Ltd." says nothing about who a company is, so name comparisons drop these words. The lists are split by who
/// uses them: the forms every comparison drops (<see cref="Chinese"/>, <see cref="English"/>), the other jurisdictions'
/// abbreviations the registry's duplicate key drops too (<see cref="OtherJurisdictions"/>), and the structure words the
/// screening matcher also treats as legal (<see cref="ChineseStructure"/>, <see cref="EnglishStructure"/>). The
/// registry stores its name keys, so a word moved between lists changes stored keys and needs their recomputation.
/// </summary>
public static class LegalForms
{
    /// <summary>Chinese company forms, longest first, so cutting them out of running text takes 股份有限公司 whole.</summary>
    public static IReadOnlyList<string> Chinese { get; } = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

    /// <summary>Parts of Chinese forms and words of corporate structure (branch, factory, holding group).</summary>
    public static IReadOnlyList<string> ChineseStructure { get; } =
    [
        "有限", "责任", "股份", "控股", "分公司", "总公司", "厂", "总厂", "分厂", "合伙企业", "有限合伙", "企业集团", "实业集团", "控股集团",
    ];

    /// <summary>English legal forms and group words, single lower-case words.</summary>
    public static IReadOnlyList<string> English { get; } =
    [
        "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh", "pte", "jsc",
        "group", "holding", "holdings",
    ];

    /// <summary>Other jurisdictions' abbreviations (AG, SA, BV, Sdn Bhd, ...), single lower-case words.</summary>
    public static IReadOnlyList<string> OtherJurisdictions { get; } =
    [
        "lp", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pjsc", "oy", "ab", "as", "sdn", "bhd", "tbk", "pvt", "kk",
    ];

    /// <summary>Further English forms and words of corporate structure, as lower-case phrases (some of two words).</summary>
    public static IReadOnlyList<string> EnglishStructure { get; } =
    [
        "companies", "pty", "llp", "joint stock", "jointstock", "stock", "share", "shares", "shareholding", "branch", "factory",
        "general company", "general co", "general corp", "general corporation", "subsidiary", "subsidiaries", "and subsidiaries",
    ];

    /// <summary>Replaces each of the <see cref="Chinese"/> forms in <paramref name="text"/> with a space.</summary>
    public static string StripChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var form in Chinese) text = text.Replace(form, " ", StringComparison.Ordinal);
        return text;
    }
}
