using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Jobs;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>
/// Reads the registry's snapshot pages into the projection while events keep flowing, without losing either:
/// - one run at a time across replicas (<see cref="JobLock.ProjectionRebuild"/>); a second one skips;
/// - pages by key (after the last id), so rows deleted or added meanwhile never shift a page and hide a live row;
/// - snapshots go through the same <see cref="ProjectionWriter"/> as events, so versions and change times decide and
///   a rebuild never moves a supplier or link backwards; a page that lost a race with a consumer is applied again;
/// - a link the registry no longer has is marked removed only when it was written here before the rebuild started
///   (the high-water mark, less <see cref="ProjectionOptions.ClockSkew"/>): anything newer is left to its events.
/// </summary>
public sealed class ProjectionRebuild(
    IRegistrySnapshots registry, IServiceScopeFactory scopes, JobLock locks, IOptions<ProjectionOptions> options, TimeProvider time, ILogger<ProjectionRebuild> logger)
{
    const int Attempts = 5;
    static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    public sealed record Result(bool Ran, int Suppliers, int Links, int LinksRemoved);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        await using var lease = await locks.TryAcquireAsync(JobLock.ProjectionRebuild, LeaseDuration, ct);
        if (lease is null)
        {
            logger.LogInformation("A projection rebuild is already running; this one is skipped");
            return new Result(false, 0, 0, 0);
        }
        var highWater = time.GetUtcNow() - options.Value.ClockSkew;
        var pageSize = options.Value.RebuildPageSize;

        var suppliers = 0;
        for (Guid? after = null; ;)
        {
            var batch = await registry.SuppliersAsync(after, pageSize, ct);
            await WithRetryAsync(async db =>
            {
                await ProjectionWriter.LoadSuppliersAsync(db, batch.Items.Select(s => s.SupplierId), ct);
                foreach (var snapshot in batch.Items) await ProjectionWriter.ApplyAsync(db, snapshot, time.GetUtcNow(), ct);
            }, ct);
            suppliers += batch.Items.Count;
            await RenewAsync(lease, ct);
            if (batch.Items.Count < pageSize) break;
            after = batch.Items[^1].SupplierId;
        }

        var seen = new HashSet<Guid>();
        for (Guid? after = null; ;)
        {
            // The page shows the registry as of some moment after this: the link existed then, newer than a tombstone older than it.
            var readAt = time.GetUtcNow();
            var batch = await registry.LinksAsync(after, pageSize, ct);
            await WithRetryAsync(async db =>
            {
                await ProjectionWriter.LoadLinksAsync(db, batch.Items.Select(l => l.LinkId), ct);
                foreach (var l in batch.Items)
                    await ProjectionWriter.AddLinkAsync(db, l.LinkId, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, l.SharePercent, readAt, time.GetUtcNow(), ct);
            }, ct);
            seen.UnionWith(batch.Items.Select(l => l.LinkId));
            await RenewAsync(lease, ct);
            if (batch.Items.Count < pageSize) break;
            after = batch.Items[^1].LinkId;
        }

        var removed = await RemoveUnseenAsync(seen, highWater, ct);
        logger.LogInformation("Projection rebuilt from the registry: {Suppliers} suppliers, {Links} links, {Removed} links gone", suppliers, seen.Count, removed);
        return new Result(true, suppliers, seen.Count, removed);
    }

    async Task<int> RemoveUnseenAsync(HashSet<Guid> seen, DateTimeOffset highWater, CancellationToken ct)
    {
        // Live here, written before the rebuild began, and not in any page: the registry did not have it while we read.
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
            candidates = (await scope.ServiceProvider.GetRequiredService<RiskDbContext>().Links.AsNoTracking()
                .Where(l => !l.Removed && l.UpdatedAt < highWater).Select(l => l.Id).ToListAsync(ct)).Where(id => !seen.Contains(id)).ToList();

        var removed = 0;
        foreach (var chunk in candidates.Chunk(500))
        {
            var count = 0;
            await WithRetryAsync(async db =>
            {
                count = 0;
                await ProjectionWriter.LoadLinksAsync(db, chunk, ct);
                // Checked again on the rows as they are now: an event may have written one since the query above.
                foreach (var link in db.Links.Local.Where(l => !l.Removed && l.UpdatedAt < highWater).ToList())
                {
                    await ProjectionWriter.RemoveLinkAsync(db, link.Id, link.UpstreamId, link.DownstreamId, link.Material, highWater, time.GetUtcNow(), ct);
                    count++;
                }
            }, ct);
            removed += count;
        }
        return removed;
    }

    /// <summary>Applies one page in a fresh DbContext; when a concurrent writer got there first, reads the rows again and re-applies.</summary>
    async Task WithRetryAsync(Func<RiskDbContext, Task> apply, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            try
            {
                await apply(db);
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (attempt < Attempts)
            {
                logger.LogDebug(e, "A projection page met a concurrent write (attempt {Attempt}); applying it again", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), ct);
            }
        }
    }

    async Task RenewAsync(JobLock.Lease lease, CancellationToken ct)
    {
        if (!await lease.RenewAsync(ct)) throw new InvalidOperationException("The projection rebuild lost its lease (it ran longer than the lease without renewing); stopping so two rebuilds never overlap.");
    }
}
