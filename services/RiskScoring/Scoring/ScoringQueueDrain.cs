using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Screening;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// Takes a batch of <see cref="ScoringRequest"/>s: screens again the suppliers whose names changed, refreshes their part
/// of the graph, re-scores them and everything downstream, then deletes exactly the requests it handled.
/// </summary>
public sealed class ScoringQueueDrain(
    IServiceScopeFactory scopes, RiskGraphState state, RiskEngineFactory engines, ScreeningIndexCache lists, ScoreWrites scores, TimeProvider time,
    ILogger<ScoringQueueDrain> logger)
{
    const int BatchSize = 1000;

    /// <summary>True when it did work (the caller polls again at once).</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        if (!state.Loaded) await state.LoadAsync(db, ct);
        var requests = await db.ScoringRequests.AsNoTracking().OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
        if (requests.Count == 0) return false;

        var rescreen = requests.Where(r => r.Rescreen).Select(r => r.SupplierId).Distinct().ToList();
        if (rescreen.Count > 0)
        {
            var index = await lists.GetAsync(db, ct);
            var suppliers = await db.Suppliers.Include(s => s.Aliases).Where(s => rescreen.Contains(s.Id) && s.Version > 0).ToListAsync(ct);
            var now = time.GetUtcNow();
            await Screener.ScreenAllAsync(db, index, suppliers, now, ct);
            await db.SaveChangesAsync(ct);
        }

        var ids = requests.Select(r => r.SupplierId).Distinct().ToList();
        var clock = Stopwatch.StartNew();
        var affected = await state.RefreshAsync(db, ids, ct);
        var refreshed = clock.Elapsed;
        var assessments = engines.Current.ScoreAffected(state.Graph, affected);
        var scored = clock.Elapsed;
        var changed = await scores.WriteAsync(assessments.Values, ct);
        logger.LogDebug("Scored {Requests} requests ({Rescreened} screened): {Assessed} suppliers assessed, {Changed} changed; refresh {Refresh:0} ms, score {Score:0} ms, write {Write:0} ms",
            requests.Count, rescreen.Count, assessments.Count, changed, refreshed.TotalMilliseconds, (scored - refreshed).TotalMilliseconds, (clock.Elapsed - scored).TotalMilliseconds);

        // Done with exactly these rows: a request added meanwhile is a new row and stays for the next batch.
        var done = requests.Select(r => r.Id).ToList();
        await db.ScoringRequests.Where(r => done.Contains(r.Id)).ExecuteDeleteAsync(ct);
        return true;
    }
}
