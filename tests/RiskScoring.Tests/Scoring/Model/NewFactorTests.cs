using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

/// <summary>The promise: a new source of risk is one <see cref="IRiskFactor"/> and its weight, nothing more.</summary>
public class NewFactorTests
{
    /// <summary>What a later source would bring in <see cref="SupplierFacts.Extra"/>.</summary>
    sealed record AuditFacts(int OpenFindings);

    /// <summary>A factor the model has never heard of, reading its own facts.</summary>
    sealed class AuditFindingsFactor : IRiskFactor
    {
        public string Name => "audit-findings";

        public FactorResult Evaluate(SupplierFacts supplier, RiskContext context) =>
            supplier.Extra.Get<AuditFacts>() is { OpenFindings: > 0 } audit
                ? new FactorResult(Name, Math.Min(100, 40 * audit.OpenFindings), audit.OpenFindings >= 3 ? RiskBand.High : null,
                    [new Evidence("audit", $"{audit.OpenFindings} open audit findings", null)])
                : FactorResult.None(Name);
    }

    static RiskModelOptions WithAuditWeight()
    {
        var options = new RiskModelOptions();
        options.Weights["audit-findings"] = 0.5;
        return options;
    }

    [Fact]
    public void A_new_factor_shows_in_every_breakdown_with_its_weight_and_counts_in_the_score()
    {
        var audited = Make.Supplier("Audited Co") with { Extra = ExtraFacts.None.With(new AuditFacts(1)) };
        var clean = Make.Supplier("Clean Co");
        var engine = Make.Engine(WithAuditWeight(), extra: new AuditFindingsFactor());

        var scores = engine.ScoreAll(RiskGraph.Build([audited, clean], []));

        var line = scores[audited.SupplierId].Line("audit-findings")!;
        Assert.Equal(0.5, line.Weight);
        Assert.Equal(40, line.Score);
        Assert.Equal(20.0, line.Contribution);
        Assert.Equal("audit", Assert.Single(line.Evidence).Kind);
        Assert.Equal(20.0, scores[audited.SupplierId].Score);
        Assert.Equal(0, scores[clean.SupplierId].Line("audit-findings")!.Contribution);
        Assert.Contains("audit-findings", engine.FactorLines);
    }

    [Fact]
    public void A_new_factor_s_floor_counts_and_its_risk_flows_downstream()
    {
        var audited = Make.Supplier("Audited Co") with { Extra = ExtraFacts.None.With(new AuditFacts(3)) };
        var buyer = Make.Supplier("Buyer Co");
        var engine = Make.Engine(WithAuditWeight(), extra: new AuditFindingsFactor());

        var scores = engine.ScoreAll(Make.Chain(audited, buyer));

        Assert.Equal(RiskBand.High, scores[audited.SupplierId].Band);
        Assert.Equal(50.0, scores[audited.SupplierId].Score); // 0.5 × 100: High on the score alone
        var up = scores[buyer.SupplierId].Line(FactorNames.Upstream)!;
        Assert.Equal(50.0, up.Score);
        Assert.Equal(RiskBand.Medium, up.Floor);
        Assert.Equal(RiskBand.Medium, scores[buyer.SupplierId].Band); // 0.6 × 50 = 30
    }

    [Fact]
    public void A_factor_without_a_weight_stops_the_engine_from_starting()
    {
        var error = Assert.Throws<ArgumentException>(() => Make.Engine(extra: new AuditFindingsFactor()));

        Assert.Contains("RiskModel:Weights:audit-findings", error.Message);
    }

    [Theory]
    [InlineData("upstream")]
    [InlineData("floor")]
    [InlineData("geography")]
    public void A_factor_may_not_take_a_reserved_or_taken_name(string name)
    {
        var options = new RiskModelOptions();
        options.Weights[name] = 0.1;

        Assert.Throws<ArgumentException>(() => Make.Engine(options, extra: new NamedFactor(name)));
    }

    sealed class NamedFactor(string name) : IRiskFactor
    {
        public string Name => name;
        public FactorResult Evaluate(SupplierFacts supplier, RiskContext context) => FactorResult.None(name);
    }
}
