using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

/// <summary>The PV chain quartz → MG-Si → polysilicon (Xinjiang) → wafer → cell → module, with the default model.</summary>
public class UpstreamPropagationTests
{
    readonly SupplierFacts quartz = Make.Supplier("Quartz Mine");
    readonly SupplierFacts mgSi = Make.Supplier("MG-Si Smelter");
    readonly SupplierFacts poly = Make.InXinjiang("Xinjiang Poly");
    readonly SupplierFacts wafer = Make.Supplier("Wafer Co");
    readonly SupplierFacts cell = Make.Supplier("Cell Co");
    readonly SupplierFacts module = Make.Supplier("Module Co");

    RiskGraph PvChain() => Make.Chain(quartz, mgSi, poly, wafer, cell, module);

    [Fact]
    public void A_module_maker_three_tiers_below_Xinjiang_polysilicon_is_high()
    {
        var scores = Make.Engine().ScoreAll(PvChain());

        var m = scores[module.SupplierId];
        Assert.Equal(RiskBand.High, m.Band);
        Assert.Equal(50.0, m.Score);
        var upstream = m.Line(FactorNames.Upstream)!;
        Assert.Equal(48.0, upstream.Score);          // 75 × 0.8²
        Assert.Equal(28.8, upstream.Contribution);   // × weight 0.6
        Assert.Equal(RiskBand.High, upstream.Floor); // Critical source within 3 tiers: one band lower
        Assert.Equal(21.2, m.Line(FactorNames.Floor)!.Contribution);
    }

    [Fact]
    public void Upstream_risk_decays_with_tier_distance_and_nothing_flows_upstream()
    {
        var scores = Make.Engine().ScoreAll(PvChain());

        Assert.Equal(75.0, scores[wafer.SupplierId].Line(FactorNames.Upstream)!.Score);
        Assert.Equal(60.0, scores[cell.SupplierId].Line(FactorNames.Upstream)!.Score);
        Assert.Equal(48.0, scores[module.SupplierId].Line(FactorNames.Upstream)!.Score);
        Assert.Equal(45.0, scores[wafer.SupplierId].Line(FactorNames.Upstream)!.Contribution);
        Assert.Equal(RiskBand.Critical, scores[poly.SupplierId].Band);
        Assert.Equal(RiskBand.Low, scores[quartz.SupplierId].Band);
        Assert.Equal(RiskBand.Low, scores[mgSi.SupplierId].Band);
        Assert.Equal(0, scores[mgSi.SupplierId].Score);
    }

    [Fact]
    public void The_evidence_names_the_Xinjiang_supplier_its_distance_and_the_path()
    {
        var m = Make.Engine().ScoreAll(PvChain())[module.SupplierId];

        var evidence = m.Line(FactorNames.Upstream)!.Evidence;
        var risk = Assert.Single(evidence, e => e.Kind == "upstream-risk");
        Assert.Equal(poly.SupplierId.ToString(), risk.Reference);
        Assert.Equal([poly.SupplierId, wafer.SupplierId, cell.SupplierId, module.SupplierId], risk.Path);
        Assert.Contains("Xinjiang Poly", risk.Text);
        Assert.Contains("3 tiers up", risk.Text);
        Assert.Contains("Xinjiang Poly → Wafer Co → Cell Co → Module Co", risk.Text);
        Assert.Contains("it is Critical, 3 tiers up, so this supplier is at least High", risk.Text); // one source: one entry says both
        Assert.Single(evidence);
    }

    [Fact]
    public void When_the_floor_comes_from_another_source_than_the_score_both_are_named()
    {
        // Xinjiang poly three tiers up (75 × 0.8² = 48, floor High) and an open hit one tier up (own 56, floor Medium).
        var listed = Make.Supplier("Open Hit Co") with { Screening = [Make.Hit(ScreeningState.Open)] };
        var graph = Make.Chain(poly, wafer, cell, module);
        graph.Upsert(listed);
        graph.AddEdge(Make.Edge(listed, module));

        var up = Make.Engine().ScoreAll(graph)[module.SupplierId].Line(FactorNames.Upstream)!;

        Assert.Equal(56.0, up.Score);
        Assert.Equal(RiskBand.High, up.Floor);
        Assert.Equal(listed.SupplierId.ToString(), Assert.Single(up.Evidence, e => e.Kind == "upstream-risk").Reference);
        var floor = Assert.Single(up.Evidence, e => e.Kind == "upstream-floor");
        Assert.Equal(poly.SupplierId.ToString(), floor.Reference);
        Assert.Equal([poly.SupplierId, wafer.SupplierId, cell.SupplierId, module.SupplierId], floor.Path);
        Assert.Contains("Xinjiang Poly is Critical, 3 tiers up, so this supplier is at least High", floor.Text);
    }

    [Fact]
    public void The_inherited_floor_drops_another_band_beyond_three_tiers()
    {
        var far = Make.Supplier("Far Module Co");
        var graph = Make.Chain(poly, wafer, cell, module, far);

        var a = Make.Engine().ScoreAll(graph)[far.SupplierId];

        Assert.Equal(RiskBand.Medium, a.Line(FactorNames.Upstream)!.Floor);
        Assert.Equal(23.0, a.Line(FactorNames.Upstream)!.Contribution); // 75 × 0.8³ = 38.4, × 0.6
        Assert.Equal(25.0, a.Score);
        Assert.Equal(RiskBand.Medium, a.Band);
    }

    [Fact]
    public void Nothing_is_inherited_from_beyond_the_tier_limit()
    {
        var options = new RiskModelOptions { UpstreamMaxTiers = 2 };

        var scores = Make.Engine(options).ScoreAll(PvChain());

        Assert.Equal(RiskBand.High, scores[cell.SupplierId].Band);
        Assert.Equal(RiskBand.Low, scores[module.SupplierId].Band);
        Assert.Empty(scores[module.SupplierId].Line(FactorNames.Upstream)!.Evidence);
    }

    [Fact]
    public void A_source_past_the_tier_limit_does_not_hide_a_nearer_one()
    {
        // xj → a → b → v and open-hit → b: with 2 tiers, v inherits from the open hit, two tiers up.
        var a = Make.Supplier("A");
        var b = Make.Supplier("B");
        var v = Make.Supplier("V");
        var listed = Make.Supplier("Open Hit Co") with { Screening = [Make.Hit(ScreeningState.Open)] };
        var graph = RiskGraph.Build([poly, a, b, v, listed], [Make.Edge(poly, a), Make.Edge(a, b), Make.Edge(listed, b), Make.Edge(b, v)]);

        var up = Make.Engine(new RiskModelOptions { UpstreamMaxTiers = 2 }).ScoreAll(graph)[v.SupplierId].Line(FactorNames.Upstream)!;

        Assert.Equal(44.8, up.Score); // open hit's own 56 × 0.8
        Assert.Equal(listed.SupplierId.ToString(), Assert.Single(up.Evidence, e => e.Kind == "upstream-risk").Reference);
    }

    [Fact]
    public void In_a_diamond_the_highest_decayed_source_wins_and_one_source_counts_once()
    {
        // poly → wafer → cell; listed (open hit, own 56) → cell directly: 75 × 0.8 = 60 beats 56.
        var listed = Make.Supplier("Open Hit Co") with { Screening = [Make.Hit(ScreeningState.Open)] };
        var otherWafer = Make.Supplier("Other Wafer Co");
        var graph = RiskGraph.Build([poly, wafer, otherWafer, cell, listed],
            [Make.Edge(poly, wafer), Make.Edge(poly, otherWafer), Make.Edge(wafer, cell), Make.Edge(otherWafer, cell), Make.Edge(listed, cell)]);

        var up = Make.Engine().ScoreAll(graph)[cell.SupplierId].Line(FactorNames.Upstream)!;

        Assert.Equal(60.0, up.Score);
        Assert.Equal(36.0, up.Contribution);
        var risk = Assert.Single(up.Evidence, e => e.Kind == "upstream-risk");
        Assert.Equal(poly.SupplierId.ToString(), risk.Reference);
        Assert.Equal([poly.SupplierId, wafer.SupplierId, cell.SupplierId], risk.Path); // the first link wins a tie, reproducibly
    }

    [Fact]
    public void A_cycle_terminates_and_no_supplier_inherits_its_own_risk()
    {
        var graph = RiskGraph.Build([poly, wafer, cell], [Make.Edge(poly, wafer), Make.Edge(wafer, cell), Make.Edge(cell, poly), Make.Edge(poly, poly)]);

        var scores = Make.Engine().ScoreAll(graph);

        Assert.Equal(75.0, scores[poly.SupplierId].Score);
        Assert.Equal(0, scores[poly.SupplierId].Line(FactorNames.Upstream)!.Score);
        Assert.Equal(RiskBand.High, scores[wafer.SupplierId].Band);
        Assert.Equal(RiskBand.High, scores[cell.SupplierId].Band);
    }

    [Fact]
    public void Removing_the_link_brings_the_downstream_back_to_low_and_the_incremental_result_equals_a_full_one()
    {
        var graph = PvChain();
        var engine = Make.Engine();
        Assert.Equal(RiskBand.High, engine.ScoreAll(graph)[module.SupplierId].Band);

        Assert.True(graph.RemoveEdge(poly.SupplierId, wafer.SupplierId, "material"));
        var affected = engine.ScoreAffected(graph, [wafer.SupplierId]);
        var full = engine.ScoreAll(graph);

        Assert.Equal(new[] { wafer.SupplierId, cell.SupplierId, module.SupplierId }.Order(), affected.Keys.Order());
        foreach (var (id, assessment) in affected)
        {
            Assert.Equal(RiskBand.Low, assessment.Band);
            Make.AssertSame(full[id], assessment);
        }
    }

    [Fact]
    public void Score_affected_returns_exactly_the_changed_supplier_and_its_downstream_closure()
    {
        var sideBranch = Make.Supplier("Other Cell Co");
        var graph = PvChain();
        graph.Upsert(sideBranch);
        graph.AddEdge(Make.Edge(wafer, sideBranch));

        var affected = Make.Engine().ScoreAffected(graph, [poly.SupplierId]);

        Assert.Equal(new[] { poly, wafer, cell, module, sideBranch }.Select(s => s.SupplierId).Order(), affected.Keys.Order());
    }

    [Fact]
    public void A_facility_moving_to_Xinjiang_rescored_incrementally_matches_a_full_rescore()
    {
        var clean = poly with { RegionCode = "CN-JS" };
        var graph = Make.Chain(quartz, mgSi, clean, wafer, cell, module);
        var engine = Make.Engine();
        Assert.Equal(RiskBand.Low, engine.ScoreAll(graph)[module.SupplierId].Band);

        graph.Upsert(clean with { Facilities = [Make.Facility("Shihezi plant", "CN", "CN-XJ")] });
        var affected = engine.ScoreAffected(graph, [clean.SupplierId]);
        var full = engine.ScoreAll(graph);

        Assert.Equal(4, affected.Count);
        Assert.Equal(RiskBand.High, affected[module.SupplierId].Band);
        foreach (var (id, assessment) in affected)
            Make.AssertSame(full[id], assessment);
    }
}
