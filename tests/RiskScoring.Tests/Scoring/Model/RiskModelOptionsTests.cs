using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

public class RiskModelOptionsTests
{
    static List<ValidationResult> Problems(RiskModelOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    static RiskModelOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new RiskModelOptions();
        configuration.GetSection(RiskModelOptions.Section).Bind(options);
        return options;
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(Problems(new RiskModelOptions()));

    [Fact]
    public void Thresholds_that_do_not_ascend_are_refused() =>
        Assert.Contains(Problems(new RiskModelOptions { Bands = new BandThresholds { Medium = 60, High = 50 } }), p => p.ErrorMessage!.Contains("ascend"));

    [Fact]
    public void A_weight_above_one_is_refused()
    {
        var options = new RiskModelOptions();
        options.Weights["geography"] = 1.5;

        Assert.Contains(Problems(options), p => p.ErrorMessage!.Contains("geography"));
    }

    [Fact]
    public void A_region_score_above_100_is_refused()
    {
        var options = new RiskModelOptions();
        options.RegionRisk["CN-NM"] = new RegionRisk { Score = 150 };

        Assert.Contains(Problems(options), p => p.ErrorMessage!.Contains("CN-NM"));
    }

    [Fact]
    public void Staleness_must_be_full_after_it_starts()
    {
        var options = new RiskModelOptions { StaleAfter = TimeSpan.FromDays(400), StaleFullAfter = TimeSpan.FromDays(300) };

        Assert.Contains(Problems(options), p => p.MemberNames.Contains(nameof(RiskModelOptions.StaleFullAfter)));
        Assert.Throws<ValidationException>(() => Make.Engine(options));
    }

    [Fact]
    public void Configuration_overrides_what_it_names_and_keeps_the_other_defaults()
    {
        var options = Bind(new()
        {
            ["RiskModel:Version"] = "2026.2",
            ["RiskModel:Weights:staleness"] = "0.2",
            ["RiskModel:RegionRisk:CN-NM:Score"] = "40",
            ["RiskModel:RegionRisk:CN-NM:Floor"] = "Medium",
            ["RiskModel:StaleAfter"] = "180.00:00:00",
        });

        Assert.Equal("2026.2", options.Version);
        Assert.Equal(0.2, options.Weights["staleness"]);
        Assert.Equal(0.6, options.Weights["geography"]);
        Assert.Equal(RiskBand.Medium, options.RegionRisk["CN-NM"].Floor);
        Assert.Equal(RiskBand.Critical, options.RegionRisk["CN-XJ"].Floor);
        Assert.Equal(TimeSpan.FromDays(180), options.StaleAfter);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void Configuring_Xinjiang_lower_still_scores_it_critical()
    {
        var options = Bind(new() { ["RiskModel:RegionRisk:CN-XJ:Score"] = "10", ["RiskModel:RegionRisk:CN-XJ:Floor"] = "Low" });
        var supplier = Make.InXinjiang("Xinjiang Poly");

        var a = Make.Engine(options).ScoreAll(RiskGraph.Build([supplier], []))[supplier.SupplierId];

        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.Equal(75.0, a.Score);
    }
}
