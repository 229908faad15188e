using SupplierDD.Standards.Names;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Name keys for duplicate detection: legal forms, punctuation and case removed.</summary>
public static class SupplierNames
{
    // Stored in Suppliers.NameKey: a change here needs the keys of existing rows recomputed.
    static readonly HashSet<string> LegalWords = new([.. LegalForms.English, .. LegalForms.OtherJurisdictions, "the", "and"], StringComparer.Ordinal);

    /// <summary>Lower-case words of the name without legal forms, joined by single spaces.</summary>
    public static string Key(string name)
    {
        var text = LegalForms.StripChinese(NameText.Compatible(name).ToLowerInvariant());
        var words = NameText.Words(text).Where(w => !LegalWords.Contains(w));
        var key = string.Join(' ', words);
        return key.Length > 300 ? key[..300] : key;
    }

    /// <summary>Lower-case text a search matches against.</summary>
    public static string SearchText(Supplier s)
    {
        var parts = new[] { s.Name, s.LocalName, s.RegistrationValue, s.Lei }.Concat(s.Aliases.Select(a => a.Name));
        var text = NameText.Compatible(string.Join(" | ", parts.Where(p => !string.IsNullOrEmpty(p)))).ToLowerInvariant();
        return text.Length > 4000 ? text[..4000] : text;
    }
}
