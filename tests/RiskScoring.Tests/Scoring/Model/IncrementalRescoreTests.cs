using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

/// <summary>On random graphs, scoring only what a change affects gives what a full re-score gives.</summary>
public class IncrementalRescoreTests
{
    /// <summary>A random tiered graph (links mostly one tier down, some skipping tiers, some back up when cycles are wanted).</summary>
    static (RiskGraph Graph, List<SupplierFacts> Suppliers) RandomGraph(int seed, bool withCycles)
    {
        var random = new Random(seed);
        var suppliers = new List<SupplierFacts>();
        var tiers = new List<int>();
        for (var i = 0; i < 120; i++)
        {
            var s = Make.Supplier($"S{i}", "CN", random.Next(25) == 0 ? "CN-XJ" : "CN-JS") with
            {
                LastReviewedAt = Make.Now.AddDays(-random.Next(900)),
                Screening = random.Next(20) == 0 ? [Make.Hit(random.Next(2) == 0 ? ScreeningState.Open : ScreeningState.Confirmed)] : [],
            };
            suppliers.Add(s);
            tiers.Add(random.Next(6));
        }
        var edges = new List<SupplyEdge>();
        for (var e = 0; e < 300; e++)
        {
            int up = random.Next(suppliers.Count), down = random.Next(suppliers.Count);
            if (tiers[up] < tiers[down] || (withCycles && random.Next(30) == 0))
                edges.Add(Make.Edge(suppliers[up], suppliers[down]));
        }
        return (RiskGraph.Build(suppliers, edges), suppliers);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void A_changed_supplier_scored_incrementally_matches_a_full_rescore(int seed, bool withCycles)
    {
        var (graph, suppliers) = RandomGraph(seed, withCycles);
        var engine = Make.Engine(new RiskModelOptions { UpstreamMaxTiers = 4 });
        var before = engine.ScoreAll(graph);
        var random = new Random(seed);

        for (var round = 0; round < 10; round++)
        {
            var changed = suppliers[random.Next(suppliers.Count)];
            graph.Upsert(changed with { Facilities = [Make.Facility("moved", "CN", random.Next(2) == 0 ? "CN-XJ" : "CN-AH")] });
            var affected = engine.ScoreAffected(graph, [changed.SupplierId]);
            var full = engine.ScoreAll(graph);

            Assert.Equal(graph.Downstream(changed.SupplierId).Append(changed.SupplierId).Order(), affected.Keys.Order());
            foreach (var (id, assessment) in affected)
                Make.AssertSame(full[id], assessment);
            foreach (var (id, assessment) in full.Where(f => !affected.ContainsKey(f.Key)))
                Make.AssertSame(before[id], assessment); // what was not re-scored did not need to be
            before = full;
        }
    }

    [Fact]
    public void A_removed_supplier_s_former_downstream_scored_incrementally_matches_a_full_rescore()
    {
        var (graph, suppliers) = RandomGraph(7, withCycles: false);
        var engine = Make.Engine();
        var removed = suppliers.OrderByDescending(s => graph.Downstream(s.SupplierId).Count).First();

        var formerDownstream = graph.Remove(removed.SupplierId);
        var affected = engine.ScoreAffected(graph, formerDownstream);
        var full = engine.ScoreAll(graph);

        Assert.NotEmpty(affected);
        foreach (var (id, assessment) in affected)
            Make.AssertSame(full[id], assessment);
    }
}
