namespace SupplierDD.SupplierRegistry.SupplyLinks;

/// <summary>The downstream supplier buys <see cref="Material"/> from the upstream supplier.</summary>
public sealed class SupplyLink
{
    public Guid Id { get; set; }
    public Guid UpstreamSupplierId { get; set; }
    public Guid DownstreamSupplierId { get; set; }
    public string Material { get; set; } = "";
    public decimal? SharePercent { get; set; }
    public Guid? UpstreamFacilityId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
