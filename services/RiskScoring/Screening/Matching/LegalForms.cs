using Standard = SupplierDD.Standards.Names.LegalForms;

namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// The legal-form and corporate-structure words the matcher drops from the scoring tokens (kept on the
/// <see cref="NormalizedName"/> for explanations): every list of <see cref="Standard"/> but the other jurisdictions'
/// abbreviations, several of which spell pinyin syllables or English words. Pinyin spellings (youxian gongsi, gufen,
/// jituan, konggu) are derived from the Chinese words through ICU, not listed.
/// </summary>
internal static class LegalForms
{
    public static readonly string[] Han = [.. Standard.Chinese, .. Standard.ChineseStructure];

    public static readonly string[] Latin = [.. Standard.English, .. Standard.EnglishStructure];
}
