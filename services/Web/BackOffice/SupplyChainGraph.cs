using System.Net;
using System.Text.Json.Serialization;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Pages.Risk;

namespace SupplierDD.Web.BackOffice;

/// <summary>
/// A supplier's chain in both directions as the graph page draws it. Tiers read left to right: upstream suppliers have
/// negative tiers (−1 = direct supplier, −5 = quartz mine five links up), the supplier itself is 0, its customers positive.
/// </summary>
public sealed record SupplyChainGraph(
    Guid RootId, int Depth, bool UpstreamTruncated, bool DownstreamTruncated, IReadOnlyList<string> HighRiskRegions,
    IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    [JsonIgnore] public GraphNode? Root => Nodes.FirstOrDefault(n => n.Id == RootId);

    public int HighRiskCount => Nodes.Count(n => n.HighRisk);

    [JsonIgnore] public IEnumerable<IGrouping<int, GraphNode>> ByTier => Nodes.GroupBy(n => n.Tier).OrderBy(g => g.Key);

    /// <summary>Merges the registry's two traces; nodes ordered by tier then name, which is also the page's table order.</summary>
    public static SupplyChainGraph Build(TraceResponse upstream, TraceResponse downstream, int depth, RiskRegions risk)
    {
        var nodes = new Dictionary<Guid, GraphNode>();
        foreach (var node in upstream.Nodes) nodes.TryAdd(node.Id, ToNode(node, -node.Tier, risk));
        foreach (var node in downstream.Nodes) nodes.TryAdd(node.Id, ToNode(node, node.Tier, risk));
        var edges = upstream.Edges.Concat(downstream.Edges).DistinctBy(e => e.Id)
            .Where(e => nodes.ContainsKey(e.UpstreamSupplierId) && nodes.ContainsKey(e.DownstreamSupplierId))
            .Select(e => new GraphEdge(e.Id, e.UpstreamSupplierId, e.DownstreamSupplierId, e.Material, e.SharePercent))
            .ToList();
        var ordered = nodes.Values.OrderBy(n => n.Tier).ThenBy(n => n.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new SupplyChainGraph(upstream.RootId, depth, upstream.Truncated, downstream.Truncated, risk.Codes, ordered, edges);
    }

    static GraphNode ToNode(TraceNode n, int tier, RiskRegions risk)
    {
        var flagged = new[] { n.RegionCode }.Concat(n.FacilityRegions).Where(risk.IsHighRisk).OfType<string>().Distinct().ToList();
        return new GraphNode(n.Id, n.Name, n.LocalName, tier, n.Roles, n.Status, n.CountryCode, n.RegionCode, n.FacilityRegions,
            flagged.Count > 0, flagged);
    }
}

public sealed record GraphNode(
    Guid Id, string Name, string? LocalName, int Tier, IReadOnlyList<string> Roles, string Status, string Country, string? Region,
    IReadOnlyList<string> FacilityRegions, bool HighRisk, IReadOnlyList<string> HighRiskRegions);

/// <summary>Material flows from <see cref="Source"/> (upstream) to <see cref="Target"/> (downstream).</summary>
public sealed record GraphEdge(Guid Id, Guid Source, Guid Target, string Material, decimal? SharePercent);

/// <summary>Loads <see cref="SupplyChainGraph"/>s: both traces at once, since neither waits on the other.</summary>
public sealed class SupplyChainGraphs(IRegistryApi registry, RiskRegions risk)
{
    public const int MaxDepth = 10;

    /// <summary>The graph, or null when the registry does not know the supplier.</summary>
    public async Task<SupplyChainGraph?> LoadAsync(Guid id, int depth, CancellationToken ct)
    {
        depth = Math.Clamp(depth, 1, MaxDepth);
        var upstream = registry.TraceUpstream(id, depth, ct);
        var downstream = registry.TraceDownstream(id, depth, ct);
        try
        {
            await Task.WhenAll(upstream, downstream);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        return SupplyChainGraph.Build(upstream.Result, downstream.Result, depth, risk);
    }
}
