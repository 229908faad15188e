namespace SupplierDD.RiskScoring.Projection;

/// <summary>
/// Risk scoring's own copy of a registry supplier, kept from the registry's events (or a rebuild from its API),
/// so scoring never waits on the registry. <see cref="Version"/> is the registry's: older snapshots are ignored.
/// </summary>
public sealed class ProjectedSupplier
{
    public Guid Id { get; set; }
    /// <summary>Version of the last snapshot applied; 0 for a placeholder made by an event that arrived before the snapshot.</summary>
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string? LocalName { get; set; }
    public string CountryCode { get; set; } = "";
    public string? RegionCode { get; set; }
    /// <summary>Roles joined as <c>|Polysilicon|Wafer|</c>, so a role filter is one LIKE.</summary>
    public string RolesText { get; set; } = "|";
    public string Status { get; set; } = "Draft";
    /// <summary>Version of the status change applied last (status changes carry no snapshot).</summary>
    public int StatusVersion { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ProjectedAlias> Aliases { get; set; } = [];
    public List<ProjectedFacility> Facilities { get; set; } = [];

    public IReadOnlyList<string> Roles => RolesText.Split('|', StringSplitOptions.RemoveEmptyEntries);
    public static string JoinRoles(IEnumerable<string> roles) => "|" + string.Concat(roles.Select(r => r + "|"));

    /// <summary>Every name the supplier goes by: what screening compares with the entity lists.</summary>
    public IReadOnlyList<string> AllNames()
    {
        var names = new List<string> { Name };
        if (!string.IsNullOrWhiteSpace(LocalName)) names.Add(LocalName);
        names.AddRange(Aliases.Select(a => a.Name));
        return names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}

public sealed class ProjectedAlias
{
    public Guid SupplierId { get; set; }
    public string Name { get; set; } = "";
}

public sealed class ProjectedFacility
{
    public Guid Id { get; set; }
    public Guid SupplierId { get; set; }
    public string Name { get; set; } = "";
    public string CountryCode { get; set; } = "";
    public string? RegionCode { get; set; }
    /// <summary>The supplier's snapshot version this facility came with (facilities are only written with their supplier).</summary>
    public int Version { get; set; }
}

/// <summary>
/// A supply link as the registry announced it. A removal that arrives first leaves a tombstone (<see cref="Removed"/>).
/// <see cref="ChangedAt"/> orders the adds and removals of one link: the newer one wins, so a tombstone is undone by a
/// later add (and a stale add never revives a link removed after it).
/// </summary>
public sealed class ProjectedLink
{
    public Guid Id { get; set; }
    public Guid UpstreamId { get; set; }
    public Guid DownstreamId { get; set; }
    public string Material { get; set; } = "";
    public decimal? SharePercent { get; set; }
    public bool Removed { get; set; }
    /// <summary>When the change in force happened: the event's OccurredAt, or when a rebuild read (or missed) the link.</summary>
    public DateTimeOffset ChangedAt { get; set; }
    /// <summary>Bumped by every write; the database checks it (concurrency token), so two writers never both win.</summary>
    public int Revision { get; set; }
    /// <summary>When this row was last written here (local clock): the rebuild's high-water mark compares with it.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
