namespace SupplierDD.RiskScoring.EntityLists;

/// <summary>One import of one list (e.g. <c>US-UFLPA</c>). Versions only accumulate: a hit names the version it was found in.</summary>
public sealed class EntityListVersion
{
    public Guid Id { get; set; }
    /// <summary>The list's name as written in the CSV's <c>list</c> column.</summary>
    public string List { get; set; } = "";
    /// <summary>1, 2, 3 ... per list.</summary>
    public int Number { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";
    public string? FileName { get; set; }
    /// <summary>SHA-256 of the entries (not the file bytes), so re-importing the same list says "unchanged".</summary>
    public string ContentHash { get; set; } = "";
    public int EntryCount { get; set; }
    public int Added { get; set; }
    public int Removed { get; set; }
    public int Changed { get; set; }
    /// <summary>When every supplier had been screened against this version; null until then (the scoring worker does it).</summary>
    public DateTimeOffset? ScreenedAt { get; set; }
}

/// <summary>An entity as listed in one version of a list.</summary>
public sealed class ListedEntry
{
    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public string List { get; set; } = "";
    /// <summary>Identity across versions: the list and the entity's primary name, normalised (<see cref="EntityKeys.For"/>).</summary>
    public string EntityKey { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Aliases joined with <c>|</c>, as in the CSV.</summary>
    public string AliasesText { get; set; } = "";
    public string? CountryCode { get; set; }
    public string? Section { get; set; }
    public DateOnly? ListedOn { get; set; }
    public string? Source { get; set; }
    /// <summary>Hash of the name and aliases: a dismissal holds while this (and the supplier's names) stay the same.</summary>
    public string NamesFingerprint { get; set; } = "";

    public IReadOnlyList<string> Aliases => AliasesText.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
