using SupplierDD.SupplierRegistry.Facilities;

namespace SupplierDD.SupplierRegistry.Suppliers;

public sealed class Supplier
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? LocalName { get; set; }
    public List<SupplierAlias> Aliases { get; set; } = [];
    public string? RegistrationScheme { get; set; }
    public string? RegistrationValue { get; set; }
    public string? Lei { get; set; }
    public string CountryCode { get; set; } = "";
    public string? RegionCode { get; set; }
    public SupplierRole Roles { get; set; }
    public string? ContactEmail { get; set; }
    public OnboardingStatus Status { get; set; } = OnboardingStatus.Draft;
    /// <summary>Name without legal forms and punctuation: what duplicate detection compares.</summary>
    public string NameKey { get; set; } = "";
    /// <summary>Lower-case names, aliases and registration id, so one indexed-free LIKE finds any of them on every provider.</summary>
    public string SearchText { get; set; } = "";
    /// <summary>Concurrency token and ETag; increases with every change.</summary>
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public List<Facility> Facilities { get; set; } = [];
    public List<StatusChange> StatusHistory { get; set; } = [];
}

public sealed class SupplierAlias
{
    public Guid SupplierId { get; set; }
    public string Name { get; set; } = "";
}

public sealed class StatusChange
{
    public long Id { get; set; }
    public Guid SupplierId { get; set; }
    public OnboardingStatus From { get; set; }
    public OnboardingStatus To { get; set; }
    public string Reason { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
