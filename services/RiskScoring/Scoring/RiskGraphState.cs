using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// The supply graph the engine scores, kept in memory by the one <see cref="ScoringWorker"/> of this process: loaded
/// whole from the database, then refreshed for the suppliers each batch of requests names. Not thread-safe; only the
/// worker touches it.
/// </summary>
public sealed class RiskGraphState
{
    public RiskGraph Graph { get; private set; } = new();
    public bool Loaded { get; private set; }

    /// <summary>After a failure the graph may be half refreshed: the next batch loads it whole again.</summary>
    public void Invalidate() => Loaded = false;

    public async Task LoadAsync(RiskDbContext db, CancellationToken ct)
    {
        var facts = await FactsLoader.LoadAsync(db, null, ct);
        var edges = await FactsLoader.LoadEdgesAsync(db, null, ct);
        Graph = RiskGraph.Build(facts, edges);
        Loaded = true;
    }

    /// <summary>
    /// Re-reads the facts and links of <paramref name="ids"/>; returns the suppliers to score again from (the ids and
    /// their direct customers, before and after; the engine adds everything further downstream).
    /// </summary>
    public async Task<IReadOnlyCollection<Guid>> RefreshAsync(RiskDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var affected = new HashSet<Guid>(ids);
        var facts = (await FactsLoader.LoadAsync(db, ids, ct)).ToDictionary(f => f.SupplierId);
        foreach (var id in ids)
        {
            // Links first: every link touching these suppliers is read again below.
            foreach (var edge in Graph.UpstreamEdges(id).ToList()) Graph.RemoveEdge(edge.UpstreamId, edge.DownstreamId, edge.Material);
            foreach (var edge in Graph.DownstreamEdges(id).ToList())
            {
                affected.Add(edge.DownstreamId);
                Graph.RemoveEdge(edge.UpstreamId, edge.DownstreamId, edge.Material);
            }
            if (facts.TryGetValue(id, out var supplier)) Graph.Upsert(supplier);
            else affected.UnionWith(Graph.Remove(id));
        }
        foreach (var edge in await FactsLoader.LoadEdgesAsync(db, ids, ct))
        {
            Graph.AddEdge(edge);
            affected.Add(edge.DownstreamId);
        }
        return affected;
    }
}
