using System.ComponentModel.DataAnnotations;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>Bound from <c>Imports</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>Folder where uploaded files wait for the background import.</summary>
    [Required] public string StoragePath { get; set; } = ".data/imports/supplier-registry";
    /// <summary>Largest accepted upload, in bytes (default 50 MB).</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)] public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
    /// <summary>Most data rows one file may hold.</summary>
    [Range(1, 10_000_000)] public int MaxRows { get; set; } = 1_000_000;
    /// <summary>Rows validated and written per transaction.</summary>
    [Range(1, 50_000)] public int BatchSize { get; set; } = 5000;
}
