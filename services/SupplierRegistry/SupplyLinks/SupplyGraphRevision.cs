namespace SupplierDD.SupplierRegistry.SupplyLinks;

/// <summary>
/// One row whose number moves with every write to the supply graph, under the graph lock. A link import keeps the
/// graph it read in memory between its batches and reads it again only when another writer moved this number.
/// </summary>
public sealed class SupplyGraphRevision
{
    public const int SingletonId = 1;
    public int Id { get; set; }
    public long Revision { get; set; }
}
