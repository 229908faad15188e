using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Screening;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// When an entity list has a new version not yet screened: screens every supplier against the lists again, marks the
/// versions screened and re-scores everyone from a fresh graph.
/// </summary>
public sealed class ListRescreen(
    IServiceScopeFactory scopes, RiskGraphState state, RiskEngineFactory engines, ScreeningIndexCache lists, ScoreWrites scores, TimeProvider time, ILogger<ListRescreen> logger)
{
    /// <summary>True when it did work (the caller polls again at once).</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var pending = await PendingAsync(db, ct);
        if (pending.Count == 0) return false;

        var clock = Stopwatch.StartNew();
        var index = await lists.GetAsync(db, ct);
        var screened = 0;
        var ids = await db.Suppliers.AsNoTracking().Where(s => s.Version > 0).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(500))
        {
            await using var batchScope = scopes.CreateAsyncScope();
            var batchDb = batchScope.ServiceProvider.GetRequiredService<RiskDbContext>();
            var suppliers = await batchDb.Suppliers.Include(s => s.Aliases).Where(s => chunk.Contains(s.Id)).ToListAsync(ct);
            var now = time.GetUtcNow();
            await Screener.ScreenAllAsync(batchDb, index, suppliers, now, ct);
            await batchDb.SaveChangesAsync(ct);
            screened += suppliers.Count;
        }
        await db.EntityListVersions.Where(v => pending.Contains(v.Id)).ExecuteUpdateAsync(u => u.SetProperty(v => v.ScreenedAt, time.GetUtcNow()), ct);
        logger.LogInformation("Screened {Count} suppliers against new list versions in {Seconds:0.0} s", screened, clock.Elapsed.TotalSeconds);

        // Every hit may have moved: score everyone from a fresh graph.
        await state.LoadAsync(db, ct);
        var assessments = engines.Current.ScoreAll(state.Graph);
        var changed = await scores.WriteAsync(assessments.Values, ct);
        logger.LogInformation("Re-scored {Count} suppliers after a list change ({Changed} changed)", assessments.Count, changed);
        return true;
    }

    // Every poll asks this: one query for current versions (no newer one of the same list) not yet screened.
    static Task<List<Guid>> PendingAsync(RiskDbContext db, CancellationToken ct) => db.EntityListVersions.AsNoTracking()
        .Where(v => v.ScreenedAt == null && !db.EntityListVersions.Any(w => w.List == v.List && w.Number > v.Number))
        .Select(v => v.Id).ToListAsync(ct);
}
