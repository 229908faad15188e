using System.Globalization;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Adds factor results up to a score and band. Works in whole tenths of a point, so the one-decimal
/// lines an analyst reads add up exactly to the one-decimal score: each factor's line is
/// weight × severity rounded to a tenth; a <c>cap</c> line takes off what goes beyond 100; a
/// <c>floor</c> line lifts the score to the threshold of the highest floor band when the sum falls
/// short, so the band read off the score is never below a floor.
/// </summary>
internal static class ScoreSheet
{
    const long MaxTenths = 1000;

    /// <summary>A supplier's own risk (no upstream): what it passes down the chain.</summary>
    public readonly record struct Own(double Score, RiskBand Band);

    /// <summary>The own score and band from the non-upstream factors, without building the breakdown.</summary>
    public static Own OwnOf(FactorResult[] results, double[] weights, BandThresholds bands)
    {
        long sum = 0;
        RiskBand? floor = null;
        for (var i = 0; i < results.Length; i++)
        {
            sum += Tenths(weights[i] * results[i].Score);
            floor = Max(floor, results[i].Floor);
        }
        var score = Finish(Math.Min(sum, MaxTenths), floor, bands) / 10.0;
        return new Own(score, bands.BandFor(score));
    }

    /// <summary>The full assessment: one line per factor (own ones, then upstream), then cap and floor lines when they apply.</summary>
    public static RiskAssessment Assess(Guid supplierId, string version, FactorResult[] own, double[] weights,
        FactorResult upstream, double upstreamWeight, BandThresholds bands, DateTimeOffset at)
    {
        var lines = new List<FactorContribution>(own.Length + 2);
        long sum = 0;
        RiskBand? floor = null;
        void Line(FactorResult result, double weight)
        {
            var tenths = Tenths(weight * result.Score);
            sum += tenths;
            floor = Max(floor, result.Floor);
            lines.Add(new FactorContribution(result.Factor, weight, result.Score, tenths / 10.0, result.Floor, result.Evidence));
        }
        for (var i = 0; i < own.Length; i++)
            Line(own[i], weights[i]);
        Line(upstream, upstreamWeight);

        if (sum > MaxTenths)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"The factors add up to {sum / 10.0:0.0}; a score stops at 100.");
            lines.Add(new FactorContribution(FactorNames.Cap, 0, 0, (MaxTenths - sum) / 10.0, null, [new Evidence("cap", text, null)]));
            sum = MaxTenths;
        }
        var final = Finish(sum, floor, bands);
        if (final > sum)
        {
            var forcedBy = string.Join(", ", lines.Where(l => l.Floor == floor).Select(l => l.Factor));
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{forcedBy} makes the supplier at least {floor}: the score is raised from {sum / 10.0:0.0} to {final / 10.0:0.0}, where {floor} starts.");
            lines.Add(new FactorContribution(FactorNames.Floor, 0, 0, (final - sum) / 10.0, floor, [new Evidence("floor", text, null)]));
        }
        var score = final / 10.0;
        return new RiskAssessment(supplierId, version, score, bands.BandFor(score), lines, at);
    }

    /// <summary>Points to whole tenths, half away from zero (what an analyst rounding by hand expects).</summary>
    public static long Tenths(double points) => (long)Math.Round(points * 10, MidpointRounding.AwayFromZero);

    /// <summary>The capped sum, lifted to the floor band's threshold (rounded up to a tenth so the band holds).</summary>
    static long Finish(long cappedSum, RiskBand? floor, BandThresholds bands) =>
        floor is { } band && band > RiskBand.Low
            ? Math.Max(cappedSum, (long)Math.Ceiling(bands.MinimumScore(band) * 10 - 1e-9))
            : cappedSum;

    static RiskBand? Max(RiskBand? a, RiskBand? b) => b > (a ?? RiskBand.Low) ? b : a;
}
