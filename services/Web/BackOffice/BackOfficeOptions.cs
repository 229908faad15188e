using System.ComponentModel.DataAnnotations;

namespace SupplierDD.Web.BackOffice;

/// <summary>Bound from <c>BackOffice</c>.</summary>
public sealed class BackOfficeOptions
{
    public const string Section = "BackOffice";

    /// <summary>
    /// ISO 3166-2 regions whose suppliers and facilities are highlighted as high-risk (UFLPA: Xinjiang, <c>CN-XJ</c>).
    /// Left empty, it is <c>["CN-XJ"]</c>: the configuration binder appends to a list, so the default is filled in afterwards.
    /// </summary>
    [MinLength(1)] public List<string> HighRiskRegions { get; set; } = [];

    /// <summary>Largest CSV the import page accepts before sending it to the registry (default 50 MB, the registry's own limit).</summary>
    [Range(1, 2L * 1024 * 1024 * 1024)] public long MaxImportBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Rows per page of the supplier list when the address does not say (the registry allows up to 500).</summary>
    [Range(1, 500)] public int DefaultPageSize { get; set; } = 50;

    /// <summary>How many tiers up and down the supply-chain graph shows when the address does not say.</summary>
    [Range(1, 10)] public int DefaultGraphDepth { get; set; } = 6;
}
