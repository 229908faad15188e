using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

public class ScoringTests
{
    static RiskAssessment ScoreOne(SupplierFacts supplier, RiskModelOptions? options = null) =>
        Make.Engine(options).ScoreAll(RiskGraph.Build([supplier], []))[supplier.SupplierId];

    static double SumOfLines(RiskAssessment a) => Math.Round(a.Factors.Sum(l => l.Contribution), 1);

    [Fact]
    public void Every_line_is_weight_times_score_and_the_lines_add_up_to_the_score()
    {
        var options = new RiskModelOptions();
        options.RegionRisk["CN-NM"] = new RegionRisk { Score = 40 };
        var supplier = Make.Supplier("Baotou Silicon", "CN", "CN-NM") with { LastReviewedAt = Make.Now.AddDays(-547.5) };

        var a = ScoreOne(supplier, options);

        Assert.Equal(["geography", "entity-lists", "staleness", "upstream"], a.Factors.Select(l => l.Factor));
        Assert.Equal(24.0, a.Line("geography")!.Contribution);   // 0.6 × 40
        Assert.Equal(5.0, a.Line("staleness")!.Contribution);    // 0.1 × 50
        Assert.Equal(0, a.Line("entity-lists")!.Contribution);
        Assert.Equal(0, a.Line("upstream")!.Contribution);
        Assert.Equal(29.0, a.Score);
        Assert.Equal(SumOfLines(a), a.Score);
        Assert.Equal(RiskBand.Medium, a.Band);
    }

    [Fact]
    public void A_floor_lifts_the_score_to_its_band_on_a_line_of_its_own()
    {
        var a = ScoreOne(Make.InXinjiang("Xinjiang Poly"));

        Assert.Equal(60.0, a.Line("geography")!.Contribution);
        var floor = a.Line(FactorNames.Floor)!;
        Assert.Equal(15.0, floor.Contribution);
        Assert.Equal(RiskBand.Critical, floor.Floor);
        Assert.Contains("geography", Assert.Single(floor.Evidence).Text);
        Assert.Equal(75.0, a.Score);
        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.Equal(SumOfLines(a), a.Score);
    }

    [Fact]
    public void An_open_hit_lifts_to_high()
    {
        var a = ScoreOne(Make.Supplier("Maybe Listed") with { Screening = [Make.Hit(ScreeningState.Open)] });

        Assert.Equal(56.0, a.Line("entity-lists")!.Contribution); // 0.8 × 70: High on its own, no lift needed
        Assert.Null(a.Line(FactorNames.Floor));
        Assert.Equal(RiskBand.High, a.Band);
    }

    [Fact]
    public void A_score_stops_at_100_on_a_cap_line()
    {
        var a = ScoreOne(Make.InXinjiang("Listed Xinjiang Poly") with { Screening = [Make.Hit(ScreeningState.Confirmed)] });

        Assert.Equal(-40.0, a.Line(FactorNames.Cap)!.Contribution); // 60 + 80 = 140
        Assert.Null(a.Line(FactorNames.Floor));
        Assert.Equal(100.0, a.Score);
        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.Equal(SumOfLines(a), a.Score);
    }

    [Theory]
    [InlineData(24.9, RiskBand.Low)]
    [InlineData(25, RiskBand.Medium)]
    [InlineData(49.9, RiskBand.Medium)]
    [InlineData(50, RiskBand.High)]
    [InlineData(74.9, RiskBand.High)]
    [InlineData(75, RiskBand.Critical)]
    [InlineData(100, RiskBand.Critical)]
    public void Default_band_thresholds(double score, RiskBand band) => Assert.Equal(band, new BandThresholds().BandFor(score));

    [Fact]
    public void Configured_thresholds_decide_the_band_and_where_a_floor_lifts_to()
    {
        var options = new RiskModelOptions { Bands = new BandThresholds { Medium = 10, High = 20, Critical = 90 } };
        options.RegionRisk["CN-NM"] = new RegionRisk { Score = 40 };

        var nm = ScoreOne(Make.Supplier("Baotou Silicon", "CN", "CN-NM"), options);
        var xj = ScoreOne(Make.InXinjiang("Xinjiang Poly"), options);

        Assert.Equal(RiskBand.High, nm.Band); // 24 ≥ 20
        Assert.Equal(90.0, xj.Score);
        Assert.Equal(RiskBand.Critical, xj.Band);
    }

    [Fact]
    public void Every_assessment_is_stamped_with_the_model_version_and_the_clock()
    {
        var clock = Make.Clock();
        var supplier = Make.Supplier("Any Co");
        var engine = Make.Engine(new RiskModelOptions { Version = "2026.7-test" }, clock);

        var a = engine.ScoreAll(RiskGraph.Build([supplier], []))[supplier.SupplierId];

        Assert.Equal("2026.7-test", a.ModelVersion);
        Assert.Equal(Make.Now, a.ComputedAt);
        Assert.Equal(supplier.SupplierId, a.SupplierId);
    }

    [Fact]
    public void A_clean_supplier_is_low_with_every_factor_line_at_zero()
    {
        var a = ScoreOne(Make.Supplier("Clean Co"));

        Assert.Equal(0, a.Score);
        Assert.Equal(RiskBand.Low, a.Band);
        Assert.All(a.Factors, l => Assert.Equal(0, l.Contribution));
        Assert.Equal(4, a.Factors.Count);
    }
}
