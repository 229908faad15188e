using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Messaging;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Suppliers;
using SupplierDD.SupplierRegistry.SupplyLinks;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>
/// What one batch of rows did. The batch's new rows, changed rows, events, row errors and the job's
/// progress are committed in one transaction, so a crash never leaves a row half imported or
/// progress ahead of data. New rows go in through <see cref="BulkInsert"/> (COPY on PostgreSQL).
/// </summary>
public sealed class ImportChunk
{
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public List<Supplier> NewSuppliers { get; } = [];
    public List<SupplyLink> NewLinks { get; } = [];
    public List<OutboxMessage> Events { get; } = [];
    public List<ImportRowError> Errors { get; } = [];
    /// <summary>Rows that failed (one row can carry several errors).</summary>
    public HashSet<int> FailedRows { get; } = [];

    public void Fail(int row, string? column, string message)
    {
        Errors.Add(new ImportRowError { Row = row, Column = column, Message = message.Length > 1000 ? message[..1000] : message });
        FailedRows.Add(row);
    }

    public void Publish<T>(T message) where T : class => Events.Add(OutboxMessage.Create(message));

    public async Task CommitAsync(RegistryDbContext db, ImportJob job, CancellationToken ct)
    {
        foreach (var e in Errors) e.ImportJobId = job.Id;
        job.RowsDone += Rows;
        job.Created += Created;
        job.Updated += Updated;
        job.Unchanged += Unchanged;
        job.Failed += FailedRows.Count;
        // A caller that holds a transaction (the link import, for its graph lock) commits it; otherwise the batch is its own.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.InsertAsync(NewSuppliers, ct);
        await db.InsertAsync(NewSuppliers.SelectMany(s => s.Aliases).ToList(), ct);
        await db.InsertAsync(NewLinks, ct);
        await db.InsertAsync(Events, ct);
        await db.InsertAsync(Errors, ct);
        await db.SaveChangesAsync(ct);
        await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.RowsDone, job.RowsDone).SetProperty(j => j.Created, job.Created).SetProperty(j => j.Updated, job.Updated)
            .SetProperty(j => j.Unchanged, job.Unchanged).SetProperty(j => j.Failed, job.Failed), ct);
        if (own is not null) await own.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
