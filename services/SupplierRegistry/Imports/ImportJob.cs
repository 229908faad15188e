namespace SupplierDD.SupplierRegistry.Imports;

public enum ImportKind { Suppliers, SupplyLinks }

public enum ImportStatus { Queued, Running, Completed, Failed }

public sealed class ImportJob
{
    public Guid Id { get; set; }
    public ImportKind Kind { get; set; }
    public ImportStatus Status { get; set; }
    public string FileName { get; set; } = "";
    public string StoredFile { get; set; } = "";
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
}

public sealed class ImportRowError
{
    public long Id { get; set; }
    public Guid ImportJobId { get; set; }
    public int Row { get; set; }
    public string? Column { get; set; }
    public string Message { get; set; } = "";
}
