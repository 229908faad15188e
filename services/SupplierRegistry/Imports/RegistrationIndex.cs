using Microsoft.EntityFrameworkCore;
using SupplierDD.Standards.Identifiers;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>Registration id → supplier id for every supplier in the registry, read once per import.</summary>
public sealed class RegistrationIndex
{
    readonly Dictionary<(string, string), Guid> byScheme = [];
    readonly Dictionary<string, List<Guid>> byValue = new(StringComparer.Ordinal);

    public static async Task<RegistrationIndex> LoadAsync(RegistryDbContext db, CancellationToken ct)
    {
        var index = new RegistrationIndex();
        var rows = await db.Suppliers.AsNoTracking().Where(s => s.RegistrationValue != null)
            .Select(s => new { s.Id, s.RegistrationScheme, s.RegistrationValue }).ToListAsync(ct);
        foreach (var r in rows)
        {
            index.byScheme[(r.RegistrationScheme!, r.RegistrationValue!)] = r.Id;
            if (!index.byValue.TryGetValue(r.RegistrationValue!, out var ids)) index.byValue[r.RegistrationValue!] = ids = [];
            ids.Add(r.Id);
        }
        return index;
    }

    /// <summary>The supplier holding exactly this (normalised) scheme and value, if any.</summary>
    public bool TryGet(string? scheme, string? value, out Guid id)
    {
        id = Guid.Empty;
        return scheme is not null && value is not null && byScheme.TryGetValue((scheme, value), out id);
    }

    /// <summary>Resolves a CSV cell: <c>SCHEME:VALUE</c>, or a bare value when only one scheme has it.</summary>
    public (Guid? Id, string? Problem) Find(string text)
    {
        var (scheme, raw) = RegistrationSchemes.Split(text);
        if (scheme is not null)
        {
            var upper = scheme.ToUpperInvariant();
            var value = upper == RegistrationSchemes.Uscc ? UnifiedSocialCreditCode.Normalize(raw) : Collapse(raw);
            return byScheme.TryGetValue((upper, value), out var id) ? (id, null) : (null, $"no supplier with registration id {upper}:{value}; import suppliers first.");
        }
        var bare = Collapse(raw);
        if (!byValue.TryGetValue(bare, out var ids) && !byValue.TryGetValue(UnifiedSocialCreditCode.Normalize(raw), out ids))
            return (null, $"no supplier with registration id '{raw}'; import suppliers first.");
        return ids.Count == 1 ? (ids[0], null) : (null, $"'{raw}' is registered under {ids.Count} schemes; write it as SCHEME:VALUE.");
    }

    static string Collapse(string raw) => string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
