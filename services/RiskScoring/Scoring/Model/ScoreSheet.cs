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

    /// <summary>The full assessment: one line per factor (own ones, then upstream), then a cap or a floor line when one applies.</summary>
    public static RiskAssessment Assess(Guid supplierId, string version, FactorResult[] own, double[] weights,
        FactorResult upstream, double upstreamWeight, BandThresholds bands, DateTimeOffset at)
    {
        long sum = 0;
        RiskBand? floor = null;
        Span<long> tenths = stackalloc long[own.Length + 1];
        for (var i = 0; i <= own.Length; i++)
        {
            var (result, weight) = i < own.Length ? (own[i], weights[i]) : (upstream, upstreamWeight);
            sum += tenths[i] = Tenths(weight * result.Score);
            floor = Max(floor, result.Floor);
        }
        // A capped sum is 100, at or above every threshold: a score never has both a cap and a floor line.
        var capped = Math.Min(sum, MaxTenths);
        var final = Finish(capped, floor, bands);
        var lines = new FactorContribution[own.Length + 1 + (sum > capped || final > capped ? 1 : 0)];
        for (var i = 0; i <= own.Length; i++)
        {
            var (result, weight) = i < own.Length ? (own[i], weights[i]) : (upstream, upstreamWeight);
            lines[i] = new FactorContribution(result.Factor, weight, result.Score, tenths[i] / 10.0, result.Floor, result.Evidence);
        }
        if (sum > capped)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"The factors add up to {sum / 10.0:0.0}; a score stops at 100.");
            lines[^1] = new FactorContribution(FactorNames.Cap, 0, 0, (capped - sum) / 10.0, null, [new Evidence("cap", text, null).Coded("evidence.cap", ("sum", (sum / 10.0).ToString("0.0", CultureInfo.InvariantCulture)))]);
        }
        else if (final > capped)
        {
            var forcedBy = ForcedBy(own, upstream, floor!.Value);
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{forcedBy} makes the supplier at least {floor.Value}: the score is raised from {capped / 10.0:0.0} to {final / 10.0:0.0}, where {floor.Value} starts.");
            lines[^1] = new FactorContribution(FactorNames.Floor, 0, 0, (final - capped) / 10.0, floor, [new Evidence("floor", text, null).Coded("evidence.floor",
                ("factor", forcedBy), ("floor", floor.Value), ("from", (capped / 10.0).ToString("0.0", CultureInfo.InvariantCulture)),
                ("to", (final / 10.0).ToString("0.0", CultureInfo.InvariantCulture)))]);
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

    /// <summary>The factors whose floor is the one that lifted the score, for the floor line's sentence.</summary>
    static string ForcedBy(FactorResult[] own, FactorResult upstream, RiskBand floor)
    {
        var names = new List<string>(2);
        foreach (var result in own)
            if (result.Floor == floor)
                names.Add(result.Factor);
        if (upstream.Floor == floor)
            names.Add(upstream.Factor);
        return string.Join(", ", names);
    }

    static RiskBand? Max(RiskBand? a, RiskBand? b) => b > (a ?? RiskBand.Low) ? b : a;
}
