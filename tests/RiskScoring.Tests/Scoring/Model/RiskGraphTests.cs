using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

public class RiskGraphTests
{
    readonly SupplierFacts a = Make.Supplier("A");
    readonly SupplierFacts b = Make.Supplier("B");
    readonly SupplierFacts c = Make.Supplier("C");

    [Fact]
    public void Downstream_is_every_supplier_below_at_any_depth_nearest_first_without_itself_even_in_a_cycle()
    {
        var graph = RiskGraph.Build([a, b, c], [Make.Edge(a, b), Make.Edge(b, c), Make.Edge(c, a)]);

        Assert.Equal([b.SupplierId, c.SupplierId], graph.Downstream(a.SupplierId));
        Assert.Empty(graph.Downstream(Guid.NewGuid()));
    }

    [Fact]
    public void The_same_link_twice_is_one_link_but_another_material_is_another()
    {
        var graph = RiskGraph.Build([a, b], [Make.Edge(a, b, "Wafer"), Make.Edge(a, b, "wafer"), Make.Edge(a, b, "Cell")]);

        Assert.Equal(2, graph.EdgeCount);
        Assert.True(graph.RemoveEdge(a.SupplierId, b.SupplierId, "WAFER"));
        Assert.False(graph.RemoveEdge(a.SupplierId, b.SupplierId, "Wafer"));
        Assert.Equal([b.SupplierId], graph.Downstream(a.SupplierId)); // still linked through Cell
    }

    [Fact]
    public void A_link_may_arrive_before_its_supplier_which_is_then_passed_through_but_not_scored()
    {
        var unknown = Guid.NewGuid();
        var poly = Make.InXinjiang("Xinjiang Poly");
        var graph = RiskGraph.Build([poly, c], [new SupplyEdge(poly.SupplierId, unknown, "Polysilicon"), new SupplyEdge(unknown, c.SupplierId, "Wafer")]);

        var scores = Make.Engine().ScoreAll(graph);

        Assert.Equal(2, graph.Count);
        Assert.Null(graph.Find(unknown));
        Assert.False(scores.ContainsKey(unknown));
        var up = scores[c.SupplierId].Line(FactorNames.Upstream)!;
        Assert.Equal(60.0, up.Score); // two tiers up, through the supplier not known yet
        Assert.Contains("known only from a link", up.Evidence[0].Text);

        graph.Upsert(Make.Supplier("Wafer Co", id: unknown));
        Assert.Equal(3, graph.Count);
        Assert.Contains(unknown, Make.Engine().ScoreAll(graph).Keys);
    }

    [Fact]
    public void Upsert_replaces_the_facts_and_keeps_the_links()
    {
        var graph = Make.Chain(a, b);

        graph.Upsert(a with { Name = "A renamed" });

        Assert.Equal("A renamed", graph.Find(a.SupplierId)!.Name);
        Assert.Equal([b.SupplierId], graph.Downstream(a.SupplierId));
        Assert.Equal(2, graph.Count);
    }

    [Fact]
    public void Remove_drops_the_supplier_and_its_links_and_returns_who_it_delivered_to()
    {
        var graph = Make.Chain(a, b, c);

        var formerDownstream = graph.Remove(b.SupplierId);

        Assert.Equal([c.SupplierId], formerDownstream);
        Assert.Null(graph.Find(b.SupplierId));
        Assert.Empty(graph.Downstream(a.SupplierId));
        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(2, graph.Count);
        Assert.Empty(graph.Remove(b.SupplierId));
    }

    [Fact]
    public void A_removed_supplier_s_slot_is_reused_without_mixing_up_ids()
    {
        var graph = Make.Chain(a, b);
        graph.Remove(a.SupplierId);
        graph.Upsert(c);
        graph.AddEdge(Make.Edge(c, b));

        Assert.Equal([b.SupplierId], graph.Downstream(c.SupplierId));
        Assert.Equal([c.SupplierId], graph.UpstreamEdges(b.SupplierId).Select(e => e.UpstreamId));
        Assert.Equal(new[] { b.SupplierId, c.SupplierId }.Order(), Make.Engine().ScoreAll(graph).Keys.Order());
    }

    [Fact]
    public void Removing_a_placeholder_s_last_link_forgets_it()
    {
        var unknown = Guid.NewGuid();
        var graph = RiskGraph.Build([a], [new SupplyEdge(unknown, a.SupplierId, "Quartz")]);

        graph.RemoveEdge(unknown, a.SupplierId, "Quartz");

        Assert.Empty(graph.Downstream(unknown));
        Assert.Empty(graph.UpstreamEdges(a.SupplierId));
        Assert.Equal(1, graph.Count);
    }

    [Fact]
    public void An_empty_graph_scores_nothing()
    {
        var graph = RiskGraph.Build([], []);

        Assert.Empty(Make.Engine().ScoreAll(graph));
        Assert.Empty(Make.Engine().ScoreAffected(graph, [Guid.NewGuid()]));
    }

    [Fact]
    public void Suppliers_lists_those_with_facts_only()
    {
        var graph = RiskGraph.Build([a, b], [new SupplyEdge(Guid.NewGuid(), a.SupplierId, "Quartz")]);

        Assert.Equal(new[] { a.SupplierId, b.SupplierId }.Order(), graph.Suppliers.Select(s => s.SupplierId).Order());
    }
}
