using System.Globalization;
using System.Text;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Name keys for duplicate detection: legal forms, punctuation and case removed.</summary>
public static class SupplierNames
{
    static readonly HashSet<string> LegalWords = new(StringComparer.Ordinal)
    {
        "co", "ltd", "limited", "company", "inc", "incorporated", "corp", "corporation", "llc", "lp", "gmbh", "ag", "kg",
        "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "jsc", "pjsc", "oy", "ab", "as", "pte", "sdn", "bhd", "tbk",
        "pvt", "kk", "the", "and", "group", "holding", "holdings",
    };

    static readonly string[] ChineseLegalForms = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

    /// <summary>Lower-case words of the name without legal forms, joined by single spaces.</summary>
    public static string Key(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        foreach (var form in ChineseLegalForms) text = text.Replace(form, " ", StringComparison.Ordinal);
        var words = Words(text).Where(w => !LegalWords.Contains(w));
        var key = string.Join(' ', words);
        return key.Length > 300 ? key[..300] : key;
    }

    /// <summary>Lower-case text a search matches against.</summary>
    public static string SearchText(Supplier s)
    {
        var parts = new[] { s.Name, s.LocalName, s.RegistrationValue, s.Lei }.Concat(s.Aliases.Select(a => a.Name));
        var text = string.Join(" | ", parts.Where(p => !string.IsNullOrEmpty(p))).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return text.Length > 4000 ? text[..4000] : text;
    }

    static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category == UnicodeCategory.NonSpacingMark) word.Append(c);
            else if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>Jaro-Winkler similarity in [0, 1].</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (int j = Math.Max(0, i - window), end = Math.Min(b.Length - 1, i + window); j <= end; j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        var m = (double)matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
