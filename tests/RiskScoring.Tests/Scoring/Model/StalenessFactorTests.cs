using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

public class StalenessFactorTests
{
    readonly StalenessFactor factor = new();

    static SupplierFacts ReviewedDaysAgo(double days) => Make.Supplier("Reviewed Co") with { LastReviewedAt = Make.Now.AddDays(-days) };

    [Theory]
    [InlineData(10, 0)]
    [InlineData(365, 0)]      // stale after, not at, the threshold
    [InlineData(547.5, 50)]   // half way between 365 and 730 days
    [InlineData(730, 100)]
    [InlineData(2000, 100)]
    public void Staleness_is_zero_until_the_threshold_then_rises_to_its_maximum(double daysAgo, double expected)
    {
        var result = factor.Evaluate(ReviewedDaysAgo(daysAgo), Make.Context());

        Assert.Equal(expected, result.Score);
        Assert.Null(result.Floor);
        Assert.Contains("Last analyst review", Assert.Single(result.Evidence).Text);
    }

    [Fact]
    public void Never_reviewed_counts_from_when_the_supplier_was_first_seen()
    {
        var supplier = Make.Supplier("New Co") with { LastReviewedAt = null, RegisteredAt = Make.Now.AddDays(-547.5) };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(50, result.Score);
        Assert.StartsWith("Never reviewed", Assert.Single(result.Evidence).Text);
    }

    [Fact]
    public void A_later_completed_assessment_counts_as_a_look()
    {
        var supplier = ReviewedDaysAgo(1000) with { LastAssessedAt = Make.Now.AddDays(-20) };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(0, result.Score);
        Assert.Contains("assessment", Assert.Single(result.Evidence).Text);
    }

    [Fact]
    public void The_engine_judges_staleness_at_its_clock()
    {
        var clock = Make.Clock();
        var engine = Make.Engine(time: clock);
        var supplier = ReviewedDaysAgo(300);
        var graph = RiskGraph.Build([supplier], []);

        var before = engine.ScoreAll(graph)[supplier.SupplierId];
        clock.Advance(TimeSpan.FromDays(100)); // 400 days since review: past the 365-day threshold
        var after = engine.ScoreAll(graph)[supplier.SupplierId];
        clock.Advance(TimeSpan.FromDays(400));
        var long_after = engine.ScoreAll(graph)[supplier.SupplierId];

        Assert.Equal(0, before.Line(FactorNames.Staleness)!.Score);
        Assert.Equal(Math.Round(100 * 35 / 365.0, 1), after.Line(FactorNames.Staleness)!.Score);
        Assert.Equal(100, long_after.Line(FactorNames.Staleness)!.Score);
        Assert.Equal(10, long_after.Score); // weight 0.1 by default: staleness alone never makes a supplier Medium
        Assert.Equal(Make.Now.AddDays(500), long_after.ComputedAt);
    }
}
