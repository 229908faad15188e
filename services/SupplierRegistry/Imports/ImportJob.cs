namespace SupplierDD.SupplierRegistry.Imports;

public enum ImportKind { Suppliers, SupplyLinks }

public enum ImportStatus { Queued, Running, Completed, Failed }

public sealed class ImportJob
{
    public Guid Id { get; set; }
    public ImportKind Kind { get; set; }
    public ImportStatus Status { get; set; }
    public string FileName { get; set; } = "";
    public long FileBytes { get; set; }
    public int TotalRows { get; set; }
    public int RowsDone { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public string? Message { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The worker (replica) running the job; the claim holds until <see cref="LeaseExpiresAt"/> and is renewed while it runs.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    /// <summary>How many times a worker has started the job; a job whose worker died too often is failed, not retried forever.</summary>
    public int Attempts { get; set; }
}

/// <summary>The uploaded CSV, kept in the database until its job ends, so whichever replica claims the job can read it.</summary>
public sealed class ImportUpload
{
    public Guid ImportJobId { get; set; }
    public byte[] Content { get; set; } = [];
}

public sealed class ImportRowError
{
    public long Id { get; set; }
    public Guid ImportJobId { get; set; }
    public int Row { get; set; }
    public string? Column { get; set; }
    public string Message { get; set; } = "";
}
