using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

public class EntityListFactorTests
{
    readonly EntityListFactor factor = new();

    [Fact]
    public void A_confirmed_match_is_critical()
    {
        var hit = Make.Hit(ScreeningState.Confirmed, "Xinjiang GCL", by: "analyst.li");
        var supplier = Make.Supplier("GCL Trading") with { Screening = [hit] };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(100, result.Score);
        Assert.Equal(RiskBand.Critical, result.Floor);
        var evidence = Assert.Single(result.Evidence);
        Assert.Equal(hit.HitId.ToString(), evidence.Reference);
        Assert.Equal("screening-confirmed", evidence.Kind);
        Assert.Contains("Xinjiang GCL", evidence.Text);
        Assert.Contains("analyst.li", evidence.Text);
    }

    [Fact]
    public void An_open_hit_is_at_least_high()
    {
        var supplier = Make.Supplier("Maybe Listed Co") with { Screening = [Make.Hit(ScreeningState.Open)] };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(EntityListFactor.OpenScore, result.Score);
        Assert.Equal(RiskBand.High, result.Floor);
        Assert.Equal("screening-open", Assert.Single(result.Evidence).Kind);
    }

    [Fact]
    public void A_dismissed_hit_scores_nothing_but_is_listed()
    {
        var supplier = Make.Supplier("Namesake Co") with { Screening = [Make.Hit(ScreeningState.Dismissed, by: "analyst.wu")] };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(0, result.Score);
        Assert.Null(result.Floor);
        var evidence = Assert.Single(result.Evidence);
        Assert.Equal("screening-dismissed", evidence.Kind);
        Assert.Contains("dismissed by analyst.wu", evidence.Text);
    }

    [Fact]
    public void The_worst_hit_counts()
    {
        var supplier = Make.Supplier("Many Hits Co") with
        {
            Screening = [Make.Hit(ScreeningState.Dismissed), Make.Hit(ScreeningState.Confirmed), Make.Hit(ScreeningState.Open)],
        };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(100, result.Score);
        Assert.Equal(RiskBand.Critical, result.Floor);
        Assert.Equal(3, result.Evidence.Count);
    }

    [Fact]
    public void No_hits_no_risk()
    {
        var result = factor.Evaluate(Make.Supplier("Clean Co"), Make.Context());

        Assert.Equal(0, result.Score);
        Assert.Null(result.Floor);
        Assert.Empty(result.Evidence);
    }
}
