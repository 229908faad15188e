using SupplierDD.Contracts.SupplierRegistry;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Maps the stored supplier onto the snapshot its events carry.</summary>
public static class SupplierEvents
{
    public static SupplierSnapshot Snapshot(Supplier s) => new()
    {
        SupplierId = s.Id,
        Version = s.Version,
        Name = s.Name,
        LocalName = s.LocalName,
        Aliases = s.Aliases.Select(a => a.Name).Order().ToArray(),
        RegistrationScheme = s.RegistrationScheme,
        RegistrationValue = s.RegistrationValue,
        Lei = s.Lei,
        CountryCode = s.CountryCode,
        RegionCode = s.RegionCode,
        Roles = SupplierRoles.Names(s.Roles),
        Status = s.Status.ToString(),
        Facilities = s.Facilities.OrderBy(f => f.Name).Select(f => new FacilitySnapshot
        {
            FacilityId = f.Id,
            Name = f.Name,
            CountryCode = f.CountryCode,
            RegionCode = f.RegionCode,
            Processes = SupplierRoles.Names(f.Processes),
        }).ToArray(),
    };

    public static SupplierRegistered Registered(Supplier s, string by) => new() { Supplier = Snapshot(s), By = by, OccurredAt = s.UpdatedAt };

    public static SupplierUpdated Updated(Supplier s, IReadOnlyList<string> changed, string by) =>
        new() { Supplier = Snapshot(s), Changed = changed, By = by, OccurredAt = s.UpdatedAt };
}
