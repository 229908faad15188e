using Microsoft.EntityFrameworkCore;
using SupplierDD.Standards.Names;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Finds suppliers in the same country whose names, stripped of legal forms, are close.</summary>
public static class DuplicateFinder
{
    public const double Threshold = 0.88;

    public static async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(RegistryDbContext db, string name, string country, Guid? except, CancellationToken ct)
    {
        var key = SupplierNames.Key(name);
        if (key.Length == 0) return [];
        // The longest word is the most distinctive; candidates share it (or the whole key), then Jaro-Winkler ranks them.
        var anchor = key.Split(' ').OrderByDescending(w => w.Length).First();
        var candidates = await db.Suppliers.AsNoTracking()
            .Where(s => s.CountryCode == country && s.Id != except && (s.NameKey == key || s.NameKey.Contains(anchor)))
            .OrderBy(s => s.Name)
            .Take(500)
            .Select(s => new { s.Id, s.Name, s.LocalName, s.CountryCode, s.RegistrationScheme, s.RegistrationValue, s.NameKey })
            .ToListAsync(ct);
        return candidates
            .Select(c => new { c, score = Score(key, c.NameKey) })
            .Where(x => x.score >= Threshold)
            .OrderByDescending(x => x.score)
            .Take(20)
            .Select(x => new PossibleDuplicate(x.c.Id, x.c.Name, x.c.LocalName, x.c.CountryCode,
                x.c.RegistrationValue is null ? null : new RegistrationIdDto(x.c.RegistrationScheme, x.c.RegistrationValue), Math.Round(x.score, 3)))
            .ToList();
    }

    /// <summary>
    /// Best of whole-key similarity, word-order-insensitive similarity ("Solar Jiangsu" ~ "Jiangsu Solar") and word containment
    /// ("Sunridge Silicon" inside "Jiangsu Sunridge Silicon"), each word matching a close spelling too.
    /// </summary>
    public static double Score(string key, string other)
    {
        if (key == other) return 1;
        var a = key.Split(' ');
        var b = other.Split(' ');
        var sortedA = string.Join(' ', a.Order(StringComparer.Ordinal));
        var sortedB = string.Join(' ', b.Order(StringComparer.Ordinal));
        var whole = Math.Max(StringSimilarity.JaroWinkler(key, other), StringSimilarity.JaroWinkler(sortedA, sortedB));
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        // A single short common word ("solar") says little; containment counts from two words or one long one.
        if (shorter.Length == 1 && shorter[0].Length < 8) return whole;
        var contained = shorter.Count(w => longer.Any(o => StringSimilarity.JaroWinkler(w, o) >= 0.94));
        var containment = contained == shorter.Length ? 0.92 : 0;
        return Math.Max(whole, containment);
    }
}
