using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.RiskScoring;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Projection;

namespace SupplierDD.RiskScoring.Screening;

/// <summary>
/// Screens one supplier's names against the current lists and brings its hits up to date:
/// a new match opens a hit (and publishes <c>ScreeningMatchFound</c>); a confirmed hit stays confirmed; a dismissed hit
/// stays dismissed while the supplier's names and the entity's names are what they were when it was dismissed, and
/// otherwise comes back as a new open hit; an open hit that no longer matches is withdrawn.
/// </summary>
public static class Screener
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Screens many suppliers with one query for their hits (a list change screens everyone).</summary>
    public static async Task ScreenAllAsync(RiskDbContext db, CurrentLists lists, IReadOnlyList<ProjectedSupplier> suppliers, DateTimeOffset now, CancellationToken ct)
    {
        var ids = suppliers.Select(s => s.Id).ToList();
        var hits = (await db.ScreeningHits.Where(h => ids.Contains(h.SupplierId)).ToListAsync(ct)).ToLookup(h => h.SupplierId);
        foreach (var supplier in suppliers) Screen(db, lists, supplier, [.. hits[supplier.Id]], now);
    }

    /// <summary>True when the supplier's hits changed in a way that can move its risk.</summary>
    static bool Screen(RiskDbContext db, CurrentLists lists, ProjectedSupplier supplier, List<ScreeningHit> hits, DateTimeOffset now)
    {
        var names = supplier.AllNames();
        var supplierFingerprint = EntityKeys.Fingerprint(names);
        var matches = names.Count == 0 ? [] : lists.Index.Match(names, supplier.CountryCode.Length == 2 ? supplier.CountryCode : null);
        var latest = hits.GroupBy(h => h.EntityKey).ToDictionary(g => g.Key, g => g.MaxBy(h => h.FoundAt)!);
        var changed = false;
        var matchedKeys = new HashSet<string>(StringComparer.Ordinal);

        foreach (var match in matches)
        {
            if (!lists.Entries.TryGetValue(match.EntityId, out var entry)) continue;
            if (!matchedKeys.Add(entry.EntityKey)) continue;
            var version = lists.Versions[entry.List];
            latest.TryGetValue(entry.EntityKey, out var hit);
            var stillDismissed = hit is { State: HitState.Dismissed }
                && hit.SupplierNamesFingerprint == supplierFingerprint && hit.EntityNamesFingerprint == entry.NamesFingerprint;
            if (hit is { State: HitState.Open or HitState.Confirmed } || stillDismissed)
            {
                Refresh(hit!, match, entry, version, supplierFingerprint, now);
                continue;
            }
            var opened = new ScreeningHit { Id = Guid.CreateVersion7(now), SupplierId = supplier.Id, FoundAt = now, State = HitState.Open };
            Refresh(opened, match, entry, version, supplierFingerprint, now);
            db.ScreeningHits.Add(opened);
            db.Publish(new ScreeningMatchFound
            {
                HitId = opened.Id, SupplierId = supplier.Id, List = entry.List, ListVersion = version.Number, ListedEntity = entry.Name,
                ListedName = match.ListedName, SupplierName = match.QueryName, Score = Math.Round(match.Score, 3), OccurredAt = now,
            });
            changed = true;
        }

        foreach (var stale in latest.Values.Where(h => h.State == HitState.Open && !matchedKeys.Contains(h.EntityKey)))
        {
            stale.State = HitState.Withdrawn;
            stale.UpdatedAt = now;
            stale.Version++;
            changed = true;
        }
        return changed;
    }

    static void Refresh(ScreeningHit hit, Matching.NameMatch match, ListedEntry entry, EntityListVersion version, string supplierFingerprint, DateTimeOffset now)
    {
        // What an analyst decides on moved: a decision made on the old names must not land unnoticed.
        if (hit.EntityKey != entry.EntityKey || hit.SupplierName != Clip(match.QueryName, 300) || hit.ListedName != Clip(match.ListedName, 300)
            || hit.Score != Math.Round(match.Score, 4))
            hit.Version++;
        hit.List = entry.List;
        hit.EntityKey = entry.EntityKey;
        hit.EntityName = entry.Name;
        hit.ListedEntryId = entry.Id;
        hit.ListVersion = version.Number;
        hit.SupplierName = Clip(match.QueryName, 300);
        hit.ListedName = Clip(match.ListedName, 300);
        hit.Score = Math.Round(match.Score, 4);
        hit.TokensJson = Clip(JsonSerializer.Serialize(match.Tokens.Take(20).Select(t => new { query = t.QueryToken, listed = t.ListedToken, similarity = Math.Round(t.Similarity, 3), kind = t.Kind.ToString(), querySource = t.QuerySource, listedSource = t.ListedSource }), Json), 4000);
        if (hit.State != HitState.Dismissed) hit.SupplierNamesFingerprint = supplierFingerprint;
        if (hit.State != HitState.Dismissed) hit.EntityNamesFingerprint = entry.NamesFingerprint;
        hit.UpdatedAt = now;
    }

    static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
