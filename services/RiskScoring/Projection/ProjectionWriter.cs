using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>
/// Applies the registry's snapshots and link changes to the projection, tolerating repeats and any order,
/// and queues the suppliers whose risk may have moved (<see cref="ScoringQueue"/>) in the same SaveChanges.
/// Used by the event consumers and by the rebuild from the registry's API.
/// Newer always wins, also between two writers racing (two consumers, a consumer and the rebuild): suppliers carry the
/// registry's versions and links the time of their last change, and the rows' version columns are concurrency tokens, so
/// the database refuses an UPDATE based on a row that changed since it was read. The caller's SaveChanges then throws,
/// nothing of it is written, and the retry (the bus's for consumers, the rebuild's own) compares against the newer row.
/// </summary>
public static class ProjectionWriter
{
    /// <summary>Loads these suppliers (with aliases and facilities) into the DbContext, so a batch finds them without a query each.</summary>
    public static async Task LoadSuppliersAsync(RiskDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        await db.Suppliers.Include(s => s.Aliases).Include(s => s.Facilities).AsSplitQuery().Where(s => wanted.Contains(s.Id)).LoadAsync(ct);
    }

    /// <summary>Loads these links into the DbContext.</summary>
    public static async Task LoadLinksAsync(RiskDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        await db.Links.Where(l => wanted.Contains(l.Id)).LoadAsync(ct);
    }

    /// <summary>Applies a full snapshot unless a newer one is already there.</summary>
    public static async Task ApplyAsync(RiskDbContext db, SupplierSnapshot snapshot, DateTimeOffset now, CancellationToken ct)
    {
        // Tracked first (loaded for the batch, or added by an earlier message of it), then the database.
        var supplier = db.Suppliers.Local.FirstOrDefault(s => s.Id == snapshot.SupplierId)
            ?? await db.Suppliers.Include(s => s.Aliases).Include(s => s.Facilities).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == snapshot.SupplierId, ct);
        if (supplier is null)
        {
            supplier = new ProjectedSupplier { Id = snapshot.SupplierId, FirstSeenAt = now };
            db.Suppliers.Add(supplier);
        }
        else if (supplier.Version >= snapshot.Version)
        {
            return;
        }

        var namesBefore = supplier.AllNames();
        supplier.Version = snapshot.Version;
        supplier.Name = snapshot.Name;
        supplier.LocalName = snapshot.LocalName;
        supplier.CountryCode = snapshot.CountryCode;
        supplier.RegionCode = snapshot.RegionCode;
        supplier.RolesText = ProjectedSupplier.JoinRoles(snapshot.Roles);
        if (snapshot.Version > supplier.StatusVersion)
        {
            supplier.Status = snapshot.Status;
            supplier.StatusVersion = snapshot.Version;
        }
        supplier.UpdatedAt = now;
        ReplaceAliases(db, supplier, snapshot.Aliases);
        ReplaceFacilities(db, supplier, snapshot.Facilities);

        var namesChanged = !namesBefore.SequenceEqual(supplier.AllNames());
        ScoringQueue.Request(db, supplier.Id, rescreen: namesChanged, now);
    }

    /// <summary>A status change carries only the version: applied when newer than the status we hold.</summary>
    public static async Task ApplyStatusAsync(RiskDbContext db, Guid supplierId, int version, string status, DateTimeOffset now, CancellationToken ct)
    {
        var supplier = db.Suppliers.Local.FirstOrDefault(s => s.Id == supplierId) ?? await db.Suppliers.FirstOrDefaultAsync(s => s.Id == supplierId, ct);
        if (supplier is null)
        {
            // Ahead of its snapshot: a placeholder at version 0 takes the status; the snapshot fills in the rest.
            supplier = new ProjectedSupplier { Id = supplierId, Version = 0, FirstSeenAt = now };
            db.Suppliers.Add(supplier);
        }
        if (version <= supplier.StatusVersion) return;
        supplier.Status = status;
        supplier.StatusVersion = version;
        supplier.UpdatedAt = now;
        ScoringQueue.Request(db, supplierId, rescreen: false, now);
    }

    /// <summary>
    /// A link exists as of <paramref name="changedAt"/> (an add event's OccurredAt, or when a rebuild read the registry).
    /// It undoes a tombstone older than that; an older add never revives a link removed after it.
    /// </summary>
    public static async Task AddLinkAsync(RiskDbContext db, Guid linkId, Guid upstream, Guid downstream, string material, decimal? share, DateTimeOffset changedAt, DateTimeOffset now, CancellationToken ct)
    {
        changedAt = ToStoredPrecision(changedAt);
        var link = await db.Links.FindAsync([linkId], ct);
        if (link is null)
        {
            db.Links.Add(new ProjectedLink { Id = linkId, UpstreamId = upstream, DownstreamId = downstream, Material = material, SharePercent = share, ChangedAt = changedAt, Revision = 1, UpdatedAt = now });
            ScoringQueue.Request(db, downstream, rescreen: false, now);
            return;
        }
        // Live already (a repeat, or the rebuild and the event both saw it), or removed after this add: nothing to do.
        if (!link.Removed || link.ChangedAt >= changedAt) return;
        link.Removed = false;
        (link.UpstreamId, link.DownstreamId, link.Material, link.SharePercent) = (upstream, downstream, material, share);
        Touch(link, changedAt, now);
        ScoringQueue.Request(db, downstream, rescreen: false, now);
    }

    /// <summary>A link is gone as of <paramref name="changedAt"/>; a tombstone when its add has not arrived yet. An add newer than that stays.</summary>
    public static async Task RemoveLinkAsync(RiskDbContext db, Guid linkId, Guid upstream, Guid downstream, string material, DateTimeOffset changedAt, DateTimeOffset now, CancellationToken ct)
    {
        changedAt = ToStoredPrecision(changedAt);
        var link = await db.Links.FindAsync([linkId], ct);
        if (link is null)
        {
            db.Links.Add(new ProjectedLink { Id = linkId, UpstreamId = upstream, DownstreamId = downstream, Material = material, Removed = true, ChangedAt = changedAt, Revision = 1, UpdatedAt = now });
            return;
        }
        if (link.Removed || link.ChangedAt > changedAt) return;
        link.Removed = true;
        Touch(link, changedAt, now);
        ScoringQueue.Request(db, downstream, rescreen: false, now);
    }

    /// <summary>
    /// Whole milliseconds: every provider stores that exactly (SQLite keeps 0.1 ms, PostgreSQL 1 µs), so a time compares
    /// the same before and after a round trip. Within one millisecond an add and a removal tie, and the removal wins.
    /// </summary>
    static DateTimeOffset ToStoredPrecision(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, t.Offset);

    static void Touch(ProjectedLink link, DateTimeOffset changedAt, DateTimeOffset now)
    {
        link.ChangedAt = changedAt;
        link.UpdatedAt = now;
        link.Revision++;
    }

    static void ReplaceAliases(RiskDbContext db, ProjectedSupplier supplier, IReadOnlyList<string> aliases)
    {
        var wanted = aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var gone in supplier.Aliases.Where(a => !wanted.Contains(a.Name)).ToList())
        {
            supplier.Aliases.Remove(gone);
            db.Remove(gone);
        }
        foreach (var name in wanted.Where(n => supplier.Aliases.All(a => a.Name != n)))
            supplier.Aliases.Add(new ProjectedAlias { SupplierId = supplier.Id, Name = name });
    }

    static void ReplaceFacilities(RiskDbContext db, ProjectedSupplier supplier, IReadOnlyList<FacilitySnapshot> facilities)
    {
        foreach (var gone in supplier.Facilities.Where(f => facilities.All(n => n.FacilityId != f.Id)).ToList())
        {
            supplier.Facilities.Remove(gone);
            db.Remove(gone);
        }
        foreach (var snapshot in facilities)
        {
            var facility = supplier.Facilities.FirstOrDefault(f => f.Id == snapshot.FacilityId);
            if (facility is null)
            {
                facility = new ProjectedFacility { Id = snapshot.FacilityId, SupplierId = supplier.Id };
                supplier.Facilities.Add(facility);
            }
            facility.Name = snapshot.Name;
            facility.CountryCode = snapshot.CountryCode;
            facility.RegionCode = snapshot.RegionCode;
            facility.Version = supplier.Version;
        }
    }
}
