using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

public class RiskChangeTests
{
    static RiskAssessment Assessment(double score, RiskBand band, string version = "2026.1") =>
        new(Guid.Empty, version, score, band, [], Make.Now);

    [Fact]
    public void A_first_assessment_matters() => Assert.True(RiskChange.Matters(null, Assessment(0, RiskBand.Low)));

    [Fact]
    public void The_same_score_and_band_do_not_matter() =>
        Assert.False(RiskChange.Matters(Assessment(42.3, RiskBand.Medium), Assessment(42.3, RiskBand.Medium)));

    [Fact]
    public void A_tenth_of_a_point_matters() =>
        Assert.True(RiskChange.Matters(Assessment(42.3, RiskBand.Medium), Assessment(42.4, RiskBand.Medium)));

    [Fact]
    public void Less_than_the_one_decimal_shown_does_not_matter() =>
        Assert.False(RiskChange.Matters(Assessment(42.3, RiskBand.Medium), Assessment(42.3000001, RiskBand.Medium)));

    [Fact]
    public void A_band_change_matters_even_at_the_same_score() =>
        Assert.True(RiskChange.Matters(Assessment(50, RiskBand.High), Assessment(50, RiskBand.Medium)));

    [Fact]
    public void A_new_model_version_alone_does_not_matter() =>
        Assert.False(RiskChange.Matters(Assessment(50, RiskBand.High, "2026.1"), Assessment(50, RiskBand.High, "2026.2")));
}
