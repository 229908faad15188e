namespace SupplierDD.SupplierRegistry.Imports;

public sealed record ImportRowErrorResponse(int Row, string? Column, string Message);

/// <summary>Progress of an import: rows done of total, what happened to them, and the first row errors.</summary>
public sealed record ImportJobResponse(
    Guid Id, ImportKind Kind, ImportStatus Status, string FileName, int TotalRows, int RowsDone, double PercentDone,
    int Created, int Updated, int Unchanged, int Failed, string? Message,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int ErrorCount, IReadOnlyList<ImportRowErrorResponse> Errors, string ErrorReport)
{
    public static ImportJobResponse From(ImportJob j, int errorCount, IReadOnlyList<ImportRowErrorResponse> errors) => new(
        j.Id, j.Kind, j.Status, j.FileName, j.TotalRows, j.RowsDone,
        j.TotalRows == 0 ? (j.Status == ImportStatus.Completed ? 100 : 0) : Math.Round(100.0 * j.RowsDone / j.TotalRows, 1),
        j.Created, j.Updated, j.Unchanged, j.Failed, j.Message, j.CreatedAt, j.StartedAt, j.FinishedAt,
        errorCount, errors, $"/api/imports/{j.Id}/errors.csv");
}
