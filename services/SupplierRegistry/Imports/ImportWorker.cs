using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Messaging;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>
/// Runs imports one at a time in the background. Every replica runs a worker; a job is claimed in the database with a
/// lease (a conditional UPDATE of owner and expiry, renewed while the job runs), so each job runs on one worker at a
/// time, and a job whose worker died is taken over once its lease expires. It then runs again from the start (imports
/// are upserts, so rows already written come out unchanged) — at most <see cref="ImportOptions.MaxAttempts"/> times.
/// </summary>
public sealed class ImportWorker(
    IServiceScopeFactory scopes, ImportQueue wakeUps, BulkWriteGate bulkWrites, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportWorker> logger)
    : BackgroundService
{
    readonly string owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunNextAsync(stoppingToken)) continue;
                await wakeUps.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be away for a moment: look again later rather than stop importing for good.
                logger.LogError(ex, "The import worker could not claim a job");
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Claims one job and runs it to its end; false when no job was waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        if (await ClaimAsync(stoppingToken) is not { } jobId) return false;
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewLeaseAsync(jobId, run, renewing.Token);
        try
        {
            await RunAsync(jobId, run.Token);
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            // Stopping, or the lease went to another worker: the job is left to whoever holds it next.
            if (stoppingToken.IsCancellationRequested) throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Import {JobId} failed", jobId);
            await MarkFailedAsync(jobId, "The import stopped on an unexpected error; rows committed before it stay. The error is logged; retry the upload.", stoppingToken);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }
        return true;
    }

    async Task<Guid?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var settings = options.Value;
        var now = time.GetUtcNow();
        var candidates = await db.ImportJobs
            .Where(j => (j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running) && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < now))
            .OrderBy(j => j.CreatedAt).Select(j => new { j.Id, j.Attempts }).Take(10).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            var open = db.ImportJobs.Where(j => j.Id == candidate.Id
                && (j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running) && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < now));
            if (candidate.Attempts >= settings.MaxAttempts)
            {
                var message = $"The import was started {candidate.Attempts} times and each time its worker stopped before it finished (a crash or a restart); "
                    + "it is not retried again. Rows committed before stay; check the file and upload it again, or split it.";
                if (await open.ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportStatus.Failed).SetProperty(j => j.Message, message)
                        .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct) == 1)
                {
                    await db.ImportUploads.Where(u => u.ImportJobId == candidate.Id).ExecuteDeleteAsync(ct);
                    logger.LogWarning("Import {JobId} failed after {Attempts} interrupted attempts", candidate.Id, candidate.Attempts);
                }
                continue;
            }
            // The predicate is checked again under the row's lock: of two workers claiming at once, one updates nothing.
            var claimed = await open.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseExpiresAt, now + settings.LeaseDuration)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1).SetProperty(j => j.Status, ImportStatus.Running), ct);
            if (claimed == 1) return candidate.Id;
        }
        return null;
    }

    /// <summary>Extends the lease every third of its length; if another worker holds it now, cancels this run.</summary>
    async Task RenewLeaseAsync(Guid jobId, CancellationTokenSource run, CancellationToken ct)
    {
        var lease = options.Value.LeaseDuration;
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, ct);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
                var until = time.GetUtcNow() + lease;
                var renewed = await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == ImportStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, until), ct);
                if (renewed == 0)
                {
                    logger.LogWarning("Import {JobId}: the lease is held by another worker now; this run stops", jobId);
                    await run.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The run ended.
        }
        catch (Exception ex)
        {
            // Could not reach the database to renew: the run goes on; if the lease expires meanwhile another worker may take over.
            logger.LogWarning(ex, "Import {JobId}: the lease could not be renewed", jobId);
        }
    }

    async Task RunAsync(Guid jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var job = await db.ImportJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
        var content = await db.ImportUploads.AsNoTracking().Where(u => u.ImportJobId == jobId).Select(u => u.Content).FirstOrDefaultAsync(ct);
        if (content is null)
        {
            await MarkFailedAsync(jobId, "The uploaded file is no longer stored; upload it again.", ct);
            return;
        }

        // A rerun starts from zero: counts and row errors of an interrupted run are discarded.
        job.StartedAt = time.GetUtcNow();
        job.RowsDone = job.Created = job.Updated = job.Unchanged = job.Failed = 0;
        await db.ImportRowErrors.Where(e => e.ImportJobId == jobId).ExecuteDeleteAsync(ct);
        await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.StartedAt, job.StartedAt)
            .SetProperty(j => j.RowsDone, 0).SetProperty(j => j.Created, 0).SetProperty(j => j.Updated, 0)
            .SetProperty(j => j.Unchanged, 0).SetProperty(j => j.Failed, 0), ct);

        logger.LogInformation("Import {JobId} ({Kind}, {Rows} rows, attempt {Attempt}) started", jobId, job.Kind, job.TotalRows, job.Attempts);
        // The import's own events wait in the outbox while it runs; publishing them alongside would slow both.
        using var bulkWrite = bulkWrites.Enter();
        try
        {
            await using var file = new MemoryStream(content, writable: false);
            if (job.Kind == ImportKind.Suppliers) await SupplierCsvImport.RunAsync(db, job, file, options.Value.BatchSize, time, ct);
            else await LinkCsvImport.RunAsync(db, job, file, options.Value.BatchSize, time, ct);
        }
        catch (CsvFormatException e)
        {
            await MarkFailedAsync(jobId, $"row {e.RowNumber}: {e.Message}", ct);
            return;
        }
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportStatus.Completed).SetProperty(j => j.FinishedAt, time.GetUtcNow())
            .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        await db.ImportUploads.Where(u => u.ImportJobId == jobId).ExecuteDeleteAsync(ct);
        logger.LogInformation("Import {JobId} completed: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed",
            jobId, job.Created, job.Updated, job.Unchanged, job.Failed);
    }

    async Task MarkFailedAsync(Guid jobId, string message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportStatus.Failed).SetProperty(j => j.Message, message).SetProperty(j => j.FinishedAt, time.GetUtcNow())
            .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        await db.ImportUploads.Where(u => u.ImportJobId == jobId).ExecuteDeleteAsync(ct);
    }
}
