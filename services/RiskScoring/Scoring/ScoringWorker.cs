using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Scoring.Model;
using SupplierDD.RiskScoring.Screening;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// Keeps screening and scores current. At start: imports the bundled list if none exists, rebuilds the projection from
/// the registry when it is empty, loads the graph. Then, in a loop: screens every supplier again when a list has a new
/// version (and re-scores everyone), and drains <see cref="ScoringRequest"/>s — re-screening the suppliers whose names
/// changed, refreshing their part of the graph and re-scoring them and everything downstream.
/// </summary>
public sealed class ScoringWorker(
    IServiceScopeFactory scopes, RiskGraphState state, RiskEngineFactory engines, ScreeningIndexCache lists, ScoringSignal signal,
    ProjectionRebuild rebuild, IOptions<ProjectionOptions> projection, TimeProvider time, ILogger<ScoringWorker> logger) : BackgroundService
{
    const int BatchSize = 1000;
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await StartUpAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var worked = await RescreenForNewListsAsync(stoppingToken) | await DrainAsync(stoppingToken);
                if (!worked) await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                // An analyst reviewed a score in this batch meanwhile: the requests are still queued, score them again.
                logger.LogInformation("A score changed while it was being re-scored; scoring the batch again");
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scoring failed; the requests stay queued and are tried again");
                state.Invalidate();
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    async Task StartUpAsync(CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
                await DefaultLists.EnsureAsync(db, time, logger, ct);
                if (projection.Value.RebuildWhenEmpty && !await db.Suppliers.AnyAsync(ct)) await TryRebuildAsync(ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 5)
            {
                logger.LogWarning(e, "Start-up of scoring failed (attempt {Attempt}); trying again", attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt * 2), ct);
            }
        }
    }

    async Task TryRebuildAsync(CancellationToken ct)
    {
        try
        {
            await rebuild.RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Events still fill the projection; the nightly reconciliation (Hangfire) tries again.
            logger.LogWarning(e, "The projection is empty and the registry could not be read; continuing with events only");
        }
    }

    async Task<bool> RescreenForNewListsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        // Every poll asks this: one query for current versions (no newer one of the same list) not yet screened.
        var pending = await db.EntityListVersions.AsNoTracking()
            .Where(v => v.ScreenedAt == null && !db.EntityListVersions.Any(w => w.List == v.List && w.Number > v.Number))
            .Select(v => v.Id).ToListAsync(ct);
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
        var changed = await WriteAsync(assessments.Values, ct);
        logger.LogInformation("Re-scored {Count} suppliers after a list change ({Changed} changed)", assessments.Count, changed);
        return true;
    }

    async Task<bool> DrainAsync(CancellationToken ct)
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
        var changed = await WriteAsync(assessments.Values, ct);
        logger.LogDebug("Scored {Requests} requests ({Rescreened} screened): {Assessed} suppliers assessed, {Changed} changed; refresh {Refresh:0} ms, score {Score:0} ms, write {Write:0} ms",
            requests.Count, rescreen.Count, assessments.Count, changed, refreshed.TotalMilliseconds, (scored - refreshed).TotalMilliseconds, (clock.Elapsed - scored).TotalMilliseconds);

        // Done with exactly these rows: a request added meanwhile is a new row and stays for the next batch.
        var done = requests.Select(r => r.Id).ToList();
        await db.ScoringRequests.Where(r => done.Contains(r.Id)).ExecuteDeleteAsync(ct);
        return true;
    }

    async Task<int> WriteAsync(IEnumerable<RiskAssessment> assessments, CancellationToken ct)
    {
        var changed = 0;
        foreach (var chunk in assessments.Chunk(2000))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            changed += await ScoreWriter.WriteAsync(db, chunk, time.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
        }
        return changed;
    }
}
