using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>
/// Reads the registry's snapshot pages into the projection. Snapshots go through the same <see cref="ProjectionWriter"/>
/// as events, so versions decide: a rebuild while events flow never moves a supplier backwards. Links the registry no
/// longer has are marked removed.
/// </summary>
public sealed class ProjectionRebuild(IRegistrySnapshots registry, IServiceScopeFactory scopes, TimeProvider time, ILogger<ProjectionRebuild> logger)
{
    const int PageSize = 500;

    public sealed record Result(int Suppliers, int Links, int LinksRemoved);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        int suppliers = 0, links = 0;
        for (var page = 1; ; page++)
        {
            var batch = await registry.SuppliersAsync(page, PageSize, ct);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
                foreach (var snapshot in batch.Items) await ProjectionWriter.ApplyAsync(db, snapshot, time.GetUtcNow(), ct);
                await db.SaveChangesAsync(ct);
            }
            suppliers += batch.Items.Count;
            if (batch.Items.Count < PageSize || page * PageSize >= batch.Total) break;
        }

        var seen = new HashSet<Guid>();
        for (var page = 1; ; page++)
        {
            var batch = await registry.LinksAsync(page, PageSize, ct);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
                foreach (var l in batch.Items)
                {
                    seen.Add(l.LinkId);
                    await ProjectionWriter.AddLinkAsync(db, l.LinkId, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, l.SharePercent, time.GetUtcNow(), ct);
                }
                await db.SaveChangesAsync(ct);
            }
            links += batch.Items.Count;
            if (batch.Items.Count < PageSize || page * PageSize >= batch.Total) break;
        }

        var removed = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            var live = await db.Links.Where(l => !l.Removed).Select(l => new { l.Id, l.UpstreamId, l.DownstreamId, l.Material }).ToListAsync(ct);
            foreach (var gone in live.Where(l => !seen.Contains(l.Id)))
            {
                await ProjectionWriter.RemoveLinkAsync(db, gone.Id, gone.UpstreamId, gone.DownstreamId, gone.Material, time.GetUtcNow(), ct);
                removed++;
            }
            await db.SaveChangesAsync(ct);
        }
        logger.LogInformation("Projection rebuilt from the registry: {Suppliers} suppliers, {Links} links, {Removed} links gone", suppliers, links, removed);
        return new Result(suppliers, links, removed);
    }
}
