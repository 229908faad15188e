namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// <paramref name="DownstreamId"/> buys <paramref name="Material"/> from <paramref name="UpstreamId"/>:
/// risk flows from upstream to downstream along it.
/// </summary>
public sealed record SupplyEdge(Guid UpstreamId, Guid DownstreamId, string Material);
