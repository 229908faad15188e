using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.EntityLists;

/// <summary>Stores checked rows as a new version of each list in the file, with what changed since the last version.</summary>
public static class EntityListImporter
{
    public static async Task<IReadOnlyList<EntityListVersion>> ImportAsync(RiskDbContext db, IReadOnlyList<EntityListRow> rows, string? fileName, string by, DateTimeOffset now, CancellationToken ct)
    {
        var versions = new List<EntityListVersion>();
        foreach (var group in rows.GroupBy(r => r.List, StringComparer.Ordinal))
        {
            var previous = await db.EntityListVersions.Where(v => v.List == group.Key).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            var previousEntries = previous is null
                ? new Dictionary<string, string>()
                : await db.ListedEntries.Where(e => e.VersionId == previous.Id).ToDictionaryAsync(e => e.EntityKey, e => e.NamesFingerprint + "|" + e.Section + "|" + e.CountryCode, ct);

            var version = new EntityListVersion
            {
                Id = Guid.CreateVersion7(now), List = group.Key, Number = (previous?.Number ?? 0) + 1, ImportedAt = now, ImportedBy = by,
                FileName = fileName, EntryCount = group.Count(),
            };
            var entries = group.Select(r => new ListedEntry
            {
                Id = Guid.CreateVersion7(now), VersionId = version.Id, List = r.List, EntityKey = EntityKeys.For(r.List, r.Name), Name = r.Name,
                AliasesText = string.Join('|', r.Aliases), CountryCode = r.CountryCode, Section = r.Section, ListedOn = r.ListedOn, Source = r.Source,
                NamesFingerprint = EntityKeys.Fingerprint([r.Name, .. r.Aliases]),
            }).ToList();

            version.Added = entries.Count(e => !previousEntries.ContainsKey(e.EntityKey));
            version.Changed = entries.Count(e => previousEntries.TryGetValue(e.EntityKey, out var before) && before != e.NamesFingerprint + "|" + e.Section + "|" + e.CountryCode);
            var keys = entries.Select(e => e.EntityKey).ToHashSet(StringComparer.Ordinal);
            version.Removed = previousEntries.Keys.Count(k => !keys.Contains(k));
            version.ContentHash = Hash(entries);
            db.EntityListVersions.Add(version);
            db.ListedEntries.AddRange(entries);
            versions.Add(version);
        }
        return versions;
    }

    static string Hash(IEnumerable<ListedEntry> entries)
    {
        var text = string.Join('\n', entries.OrderBy(e => e.EntityKey, StringComparer.Ordinal)
            .Select(e => $"{e.EntityKey}\t{e.NamesFingerprint}\t{e.CountryCode}\t{e.Section}\t{e.ListedOn:yyyy-MM-dd}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
