using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Screening.Matching;

namespace SupplierDD.RiskScoring.Screening;

/// <summary>The matcher's index over the current version of every list, and the entries behind it.</summary>
public sealed record CurrentLists(ScreeningIndex Index, IReadOnlyDictionary<Guid, ListedEntry> Entries, IReadOnlyDictionary<string, EntityListVersion> Versions)
{
    /// <summary>A key of the versions the index was built from; it changes when any list gets a new version.</summary>
    public string Key => string.Join(',', Versions.Values.OrderBy(v => v.List, StringComparer.Ordinal).Select(v => v.Id));
}

/// <summary>
/// Builds the index once per set of current list versions and shares it: an import (on any replica) makes the next
/// <see cref="GetAsync"/> see new version ids and rebuild.
/// </summary>
public sealed class ScreeningIndexCache(IOptions<MatchingOptions> options)
{
    readonly SemaphoreSlim gate = new(1, 1);
    CurrentLists? current;

    public async Task<CurrentLists> GetAsync(RiskDbContext db, CancellationToken ct)
    {
        var versions = await CurrentVersionsAsync(db, ct);
        var key = string.Join(',', versions.Values.OrderBy(v => v.List, StringComparer.Ordinal).Select(v => v.Id));
        if (current is { } cached && cached.Key == key) return cached;

        await gate.WaitAsync(ct);
        try
        {
            if (current is { } again && again.Key == key) return again;
            var ids = versions.Values.Select(v => v.Id).ToList();
            var entries = await db.ListedEntries.AsNoTracking().Where(e => ids.Contains(e.VersionId)).ToListAsync(ct);
            var index = ScreeningIndex.Build(entries.Select(e => new ListedEntity(e.Id, e.Name, e.Aliases, e.CountryCode)), options.Value);
            current = new CurrentLists(index, entries.ToDictionary(e => e.Id), versions);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public static async Task<IReadOnlyDictionary<string, EntityListVersion>> CurrentVersionsAsync(RiskDbContext db, CancellationToken ct)
    {
        var all = await db.EntityListVersions.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(v => v.List).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
    }
}
