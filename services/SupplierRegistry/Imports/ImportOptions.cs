using System.ComponentModel.DataAnnotations;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>Bound from <c>Imports</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>Local scratch folder for an upload while it is checked; the accepted file is stored in the database (ImportUploads), so any replica can run the job.</summary>
    [Required] public string StoragePath { get; set; } = ".data/imports/supplier-registry";
    /// <summary>Largest accepted upload, in bytes (default 50 MB).</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)] public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
    /// <summary>Most data rows one file may hold.</summary>
    [Range(1, 10_000_000)] public int MaxRows { get; set; } = 1_000_000;
    /// <summary>Rows validated and written per transaction.</summary>
    [Range(1, 50_000)] public int BatchSize { get; set; } = 5000;
    /// <summary>How long a worker's claim on a job lasts without renewal; a job whose worker died is taken over after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>How often an idle worker looks for jobs another replica accepted (its own uploads wake it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")] public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Starts of one job before it is failed: a job that kills its worker every time must stop being retried.</summary>
    [Range(1, 20)] public int MaxAttempts { get; set; } = 3;
}
