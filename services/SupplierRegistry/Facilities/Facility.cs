using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.Facilities;

public sealed class Facility
{
    public Guid Id { get; set; }
    public Guid SupplierId { get; set; }
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public string CountryCode { get; set; } = "";
    public string? RegionCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public SupplierRole Processes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
