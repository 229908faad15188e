using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.SupplyLinks;

/// <summary>
/// The one write path for supply links, shared by the API and the CSV import: the graph lock, the cycle check,
/// the link events and the version of the downstream supplier (whose upstream links these are).
/// </summary>
public static class SupplyLinkWriter
{
    /// <summary>Any fixed number: the key of the PostgreSQL advisory lock that serialises writes to the supply graph.</summary>
    const long GraphLockKey = 0x5344_4752_4150_4831; // "SDGRAPH1"

    /// <summary>
    /// Serialises graph writers until the caller's transaction ends, in the database, so it holds across replicas:
    /// a cycle check and the insert it allows can never interleave with another writer's. Call it first in a transaction,
    /// and read the graph only after it: PostgreSQL and SQL Server take a transaction-scoped application lock; SQLite has
    /// one writer, taken here by the revision's update before any read. Returns the graph's revision after this writer's
    /// bump (it only counts if the transaction commits).
    /// </summary>
    public static async Task<long> LockGraphAsync(RegistryDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("The graph lock lives as long as a transaction: begin one first.");
        switch (db)
        {
            case PostgresRegistryDbContext:
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({GraphLockKey})", ct);
                break;
            case SqlServerRegistryDbContext:
                await db.Database.ExecuteSqlRawAsync(
                    "DECLARE @r int; EXEC @r = sp_getapplock @Resource = 'supplierdd-supply-graph', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000; "
                    + "IF @r < 0 THROW 51000, 'Timed out waiting for the supply graph lock.', 1;", ct);
                break;
        }
        var revisions = db.SupplyGraphRevisions.Where(r => r.Id == SupplyGraphRevision.SingletonId);
        await revisions.ExecuteUpdateAsync(r => r.SetProperty(x => x.Revision, x => x.Revision + 1), ct);
        return await revisions.Select(r => r.Revision).SingleAsync(ct);
    }

    /// <summary>Adds a new link (the caller has checked it closes no cycle, under the lock) and queues <see cref="SupplyLinkAdded"/>.</summary>
    public static SupplyLink Add(RegistryDbContext db, Supplier downstream, Guid upstreamId, string material, decimal? share, Guid? upstreamFacilityId, string by, DateTimeOffset now)
    {
        var link = New(upstreamId, downstream.Id, material, share, upstreamFacilityId, by, now);
        db.SupplyLinks.Add(link);
        db.Publish(Added(link, by, now));
        SupplierWriter.TouchLinks(downstream, now);
        return link;
    }

    /// <summary>A new link not yet in any context (the import inserts many at once).</summary>
    public static SupplyLink New(Guid upstreamId, Guid downstreamId, string material, decimal? share, Guid? upstreamFacilityId, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), UpstreamSupplierId = upstreamId, DownstreamSupplierId = downstreamId, Material = material,
        SharePercent = share, UpstreamFacilityId = upstreamFacilityId, CreatedAt = now, CreatedBy = by,
    };

    /// <summary>A new share or facility on an existing link: sent again as <see cref="SupplyLinkAdded"/>, an upsert by LinkId.</summary>
    public static void Change(RegistryDbContext db, Supplier downstream, SupplyLink link, decimal? share, Guid? upstreamFacilityId, string by, DateTimeOffset now)
    {
        link.SharePercent = share;
        link.UpstreamFacilityId = upstreamFacilityId;
        db.Publish(Added(link, by, now));
        SupplierWriter.TouchLinks(downstream, now);
    }

    public static void Remove(RegistryDbContext db, Supplier downstream, IEnumerable<SupplyLink> links, string by, DateTimeOffset now)
    {
        foreach (var link in links)
        {
            db.SupplyLinks.Remove(link);
            db.Publish(new SupplyLinkRemoved
            {
                LinkId = link.Id, UpstreamSupplierId = link.UpstreamSupplierId, DownstreamSupplierId = link.DownstreamSupplierId,
                Material = link.Material, By = by, OccurredAt = now,
            });
        }
        SupplierWriter.TouchLinks(downstream, now);
    }

    /// <summary>
    /// Bumps the version of the downstream suppliers an import batch changed, in the batch's transaction,
    /// so a form read before the import is refused (412) like one read before an interactive change.
    /// </summary>
    public static Task TouchAsync(RegistryDbContext db, IReadOnlyCollection<Guid> downstreamIds, DateTimeOffset now, CancellationToken ct) =>
        downstreamIds.Count == 0
            ? Task.CompletedTask
            : db.Suppliers.Where(s => downstreamIds.Contains(s.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1).SetProperty(x => x.UpdatedAt, now), ct);

    public static SupplyLinkAdded Added(SupplyLink l, string by, DateTimeOffset now) => new()
    {
        LinkId = l.Id, UpstreamSupplierId = l.UpstreamSupplierId, DownstreamSupplierId = l.DownstreamSupplierId, Material = l.Material,
        SharePercent = l.SharePercent, UpstreamFacilityId = l.UpstreamFacilityId, By = by, OccurredAt = now,
    };

    /// <summary>Walks downstream from <paramref name="from"/>, level by level; returns the path to <paramref name="to"/> if there is one. Call under the lock.</summary>
    public static async Task<IReadOnlyList<Guid>?> FindPathAsync(RegistryDbContext db, Guid from, Guid to, CancellationToken ct)
    {
        if (from == to) return [from];
        var parent = new Dictionary<Guid, Guid> { [from] = Guid.Empty };
        var frontier = new List<Guid> { from };
        while (frontier.Count > 0)
        {
            var edges = await db.SupplyLinks.AsNoTracking().Where(l => frontier.Contains(l.UpstreamSupplierId))
                .Select(l => new { l.UpstreamSupplierId, l.DownstreamSupplierId }).Distinct().ToListAsync(ct);
            frontier = [];
            foreach (var e in edges)
            {
                if (!parent.TryAdd(e.DownstreamSupplierId, e.UpstreamSupplierId)) continue;
                if (e.DownstreamSupplierId == to)
                {
                    var path = new List<Guid>();
                    for (var n = to; n != Guid.Empty; n = parent[n]) path.Add(n);
                    path.Reverse();
                    return path;
                }
                frontier.Add(e.DownstreamSupplierId);
            }
        }
        return null;
    }
}
