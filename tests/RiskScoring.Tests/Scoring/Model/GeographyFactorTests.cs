using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

public class GeographyFactorTests
{
    readonly GeographyFactor factor = new();

    [Fact]
    public void A_supplier_seated_in_Xinjiang_is_critical()
    {
        var supplier = Make.InXinjiang("Hoshine Silicon");

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(100, result.Score);
        Assert.Equal(RiskBand.Critical, result.Floor);
        var evidence = Assert.Single(result.Evidence);
        Assert.Equal(supplier.SupplierId.ToString(), evidence.Reference);
        Assert.Contains("CN-XJ", evidence.Text);
        Assert.Contains("UFLPA", evidence.Text);
    }

    [Fact]
    public void A_facility_in_Xinjiang_makes_a_supplier_seated_elsewhere_critical()
    {
        var plant = Make.Facility("Shihezi plant", "CN", "CN-XJ");
        var supplier = Make.Supplier("Jiangsu Poly", "CN", "CN-JS") with { Facilities = [Make.Facility("Wuxi plant", "CN", "CN-JS"), plant] };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(100, result.Score);
        Assert.Equal(RiskBand.Critical, result.Floor);
        var evidence = Assert.Single(result.Evidence);
        Assert.Equal(plant.FacilityId.ToString(), evidence.Reference);
        Assert.Contains("Shihezi plant", evidence.Text);
    }

    [Fact]
    public void The_old_numeric_code_of_Xinjiang_counts_too()
    {
        var result = factor.Evaluate(Make.Supplier("Old Code Co", "CN", "CN-65"), Make.Context());

        Assert.Equal(RiskBand.Critical, result.Floor);
    }

    [Fact]
    public void A_supplier_nowhere_risky_scores_nothing()
    {
        var supplier = Make.Supplier("Bavaria Modules", "DE", "DE-BY") with { Facilities = [Make.Facility("Munich", "DE", "DE-BY")] };

        var result = factor.Evaluate(supplier, Make.Context());

        Assert.Equal(0, result.Score);
        Assert.Null(result.Floor);
        Assert.Empty(result.Evidence);
    }

    [Fact]
    public void A_configured_region_gives_its_score_and_floor()
    {
        var options = new RiskModelOptions();
        options.RegionRisk["CN-NM"] = new RegionRisk { Score = 40, Floor = RiskBand.Medium, Reason = "coal-powered smelting" };
        var supplier = Make.Supplier("Baotou Silicon", "CN", "CN-NM");

        var result = factor.Evaluate(supplier, Make.Context(options));

        Assert.Equal(40, result.Score);
        Assert.Equal(RiskBand.Medium, result.Floor);
        Assert.Contains("coal-powered smelting", Assert.Single(result.Evidence).Text);
    }

    [Fact]
    public void A_configured_country_applies_to_every_region_of_it_and_the_worse_of_region_and_country_wins()
    {
        var options = new RiskModelOptions();
        options.RegionRisk["MM"] = new RegionRisk { Score = 30 };
        options.RegionRisk["MM-11"] = new RegionRisk { Score = 60, Floor = RiskBand.High };
        var supplier = Make.Supplier("Yangon Frames", "MM", "MM-06") with { Facilities = [Make.Facility("Kachin mine", "MM", "MM-11")] };

        var result = factor.Evaluate(supplier, Make.Context(options));

        Assert.Equal(60, result.Score);
        Assert.Equal(RiskBand.High, result.Floor);
        Assert.Equal(3, result.Evidence.Count); // seat's country, facility's region and country
    }

    [Fact]
    public void Configuration_cannot_lower_or_remove_Xinjiang()
    {
        var lowered = new RiskModelOptions();
        lowered.RegionRisk["CN-XJ"] = new RegionRisk { Score = 5, Floor = RiskBand.Low };
        var removed = new RiskModelOptions();
        removed.RegionRisk.Clear();
        var supplier = Make.InXinjiang("Xinjiang Poly");

        foreach (var options in new[] { lowered, removed })
        {
            var result = factor.Evaluate(supplier, Make.Context(options));
            Assert.Equal(100, result.Score);
            Assert.Equal(RiskBand.Critical, result.Floor);
        }
    }
}
