using Microsoft.Extensions.Time.Testing;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Tests.Scoring.Model;

/// <summary>Test data: suppliers that are clean unless a test says otherwise (German seat, reviewed last month).</summary>
static class Make
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public static SupplierFacts Supplier(string name, string country = "DE", string? region = null, Guid? id = null) => new()
    {
        SupplierId = id ?? Guid.NewGuid(),
        Name = name,
        CountryCode = country,
        RegionCode = region,
        Status = "Approved",
        Roles = ["Module"],
        RegisteredAt = Now.AddDays(-400),
        LastReviewedAt = Now.AddDays(-30),
    };

    public static SupplierFacts InXinjiang(string name) => Supplier(name, "CN", "CN-XJ");

    public static FacilityFact Facility(string name, string country, string? region) => new(Guid.NewGuid(), name, country, region);

    public static ScreeningFact Hit(ScreeningState state, string entity = "Listed Silicon Co.", string? by = null) =>
        new(Guid.NewGuid(), "UFLPA Entity List", entity, state, 0.93, by);

    public static RiskContext Context(RiskModelOptions? options = null) => new(options ?? new RiskModelOptions(), Now);

    public static FakeTimeProvider Clock() => new(Now);

    public static RiskEngine Engine(RiskModelOptions? options = null, TimeProvider? time = null, params IRiskFactor[] extra) =>
        new(options ?? new RiskModelOptions(), [.. RiskFactors.BuiltIn(), .. extra], time ?? Clock());

    /// <summary>A chain of suppliers, each buying from the one before; returns the graph.</summary>
    public static RiskGraph Chain(params SupplierFacts[] suppliers)
    {
        var edges = new List<SupplyEdge>();
        for (var i = 1; i < suppliers.Length; i++)
            edges.Add(new SupplyEdge(suppliers[i - 1].SupplierId, suppliers[i].SupplierId, "material"));
        return RiskGraph.Build(suppliers, edges);
    }

    public static SupplyEdge Edge(SupplierFacts up, SupplierFacts down, string material = "material") => new(up.SupplierId, down.SupplierId, material);

    /// <summary>Asserts two assessments say the same thing: score, band and every line with its evidence.</summary>
    public static void AssertSame(RiskAssessment expected, RiskAssessment actual)
    {
        Assert.Equal(expected.SupplierId, actual.SupplierId);
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(expected.Band, actual.Band);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    public static string Describe(RiskAssessment a) => string.Join("\n", a.Factors.Select(l =>
        $"{l.Factor} {l.Weight} {l.Score} {l.Contribution} {l.Floor} | " +
        string.Join(" | ", l.Evidence.Select(e => $"{e.Kind}: {e.Text} [{e.Reference}] {string.Join(",", e.Path ?? [])}"))));
}
