using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Messaging;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>
/// Runs imports one at a time in the background. Jobs left queued or running by a restart are run
/// again from the start: imports are upserts, so rows already written come out unchanged.
/// </summary>
public sealed class ImportWorker(
    IServiceScopeFactory scopes, ImportQueue queue, BulkWriteGate bulkWrites, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ResumeUnfinishedAsync(stoppingToken);
        await foreach (var jobId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(jobId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Import {JobId} failed", jobId);
                await MarkFailedAsync(jobId, "The import stopped on an unexpected error; rows committed before it stay. The error is logged; retry the upload.", stoppingToken);
            }
        }
    }

    async Task ResumeUnfinishedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var unfinished = await db.ImportJobs.Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running)
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(ct);
        foreach (var id in unfinished) queue.Enqueue(id);
    }

    async Task RunAsync(Guid jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.Status is ImportStatus.Completed or ImportStatus.Failed) return;
        if (!File.Exists(job.StoredFile))
        {
            await MarkFailedAsync(jobId, "The uploaded file is no longer on the server; upload it again.", ct);
            return;
        }

        // A rerun starts from zero: counts and row errors of an interrupted run are discarded.
        job.Status = ImportStatus.Running;
        job.StartedAt = time.GetUtcNow();
        job.RowsDone = job.Created = job.Updated = job.Unchanged = job.Failed = 0;
        await db.ImportRowErrors.Where(e => e.ImportJobId == jobId).ExecuteDeleteAsync(ct);
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportStatus.Running).SetProperty(j => j.StartedAt, job.StartedAt)
            .SetProperty(j => j.RowsDone, 0).SetProperty(j => j.Created, 0).SetProperty(j => j.Updated, 0)
            .SetProperty(j => j.Unchanged, 0).SetProperty(j => j.Failed, 0), ct);

        logger.LogInformation("Import {JobId} ({Kind}, {Rows} rows) started", jobId, job.Kind, job.TotalRows);
        // The import's own events wait in the outbox while it runs; publishing them alongside would slow both.
        using var bulkWrite = bulkWrites.Enter();
        try
        {
            await using var file = File.OpenRead(job.StoredFile);
            if (job.Kind == ImportKind.Suppliers) await SupplierCsvImport.RunAsync(db, job, file, options.Value.BatchSize, time, ct);
            else await LinkCsvImport.RunAsync(db, job, file, options.Value.BatchSize, time, ct);
        }
        catch (CsvFormatException e)
        {
            await MarkFailedAsync(jobId, $"row {e.RowNumber}: {e.Message}", ct);
            return;
        }
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportStatus.Completed).SetProperty(j => j.FinishedAt, time.GetUtcNow()), ct);
        File.Delete(job.StoredFile);
        logger.LogInformation("Import {JobId} completed: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed",
            jobId, job.Created, job.Updated, job.Unchanged, job.Failed);
    }

    async Task MarkFailedAsync(Guid jobId, string message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportStatus.Failed).SetProperty(j => j.Message, message).SetProperty(j => j.FinishedAt, time.GetUtcNow()), ct);
        var file = await db.ImportJobs.Where(j => j.Id == jobId).Select(j => j.StoredFile).FirstOrDefaultAsync(ct);
        if (file is not null && File.Exists(file)) File.Delete(file);
    }
}
