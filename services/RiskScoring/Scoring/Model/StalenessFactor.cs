using System.Globalization;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Risk from not having looked for a while: 0 until <see cref="RiskModelOptions.StaleAfter"/> has
/// passed since the last analyst review or completed assessment (or since the supplier was first
/// seen, when there was none), then rising linearly to 100 at <see cref="RiskModelOptions.StaleFullAfter"/>.
/// </summary>
public sealed class StalenessFactor : IRiskFactor
{
    /// <inheritdoc />
    public string Name => FactorNames.Staleness;

    /// <inheritdoc />
    public FactorResult Evaluate(SupplierFacts supplier, RiskContext context)
    {
        var options = context.Options;
        var (since, what) = LastLook(supplier);
        var age = context.Now - since;
        var score = age <= options.StaleAfter ? 0
            : age >= options.StaleFullAfter ? 100
            : Math.Round(100 * (age - options.StaleAfter) / (options.StaleFullAfter - options.StaleAfter), 1);
        var days = Math.Max(0, (int)age.TotalDays);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{what} {since:yyyy-MM-dd}, {days} days ago (stale after {options.StaleAfter.TotalDays:0} days, fully stale after {options.StaleFullAfter.TotalDays:0}).");
        var textCode = what.StartsWith("Never", StringComparison.Ordinal) ? "evidence.staleness.never"
            : what.StartsWith("Last analyst", StringComparison.Ordinal) ? "evidence.staleness.reviewed" : "evidence.staleness.assessed";
        var evidence = new Evidence("last-review", text, null).Coded(textCode, ("date", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("days", days),
            ("staleAfter", options.StaleAfter.TotalDays.ToString("0", CultureInfo.InvariantCulture)),
            ("fullyStaleAfter", options.StaleFullAfter.TotalDays.ToString("0", CultureInfo.InvariantCulture)));
        return new FactorResult(Name, score, null, [evidence]);
    }

    /// <summary>The latest of review and assessment; the first sighting when neither happened.</summary>
    static (DateTimeOffset Since, string What) LastLook(SupplierFacts supplier)
    {
        var reviewed = supplier.LastReviewedAt;
        var assessed = supplier.LastAssessedAt;
        if (reviewed is null && assessed is null)
            return (supplier.RegisteredAt, "Never reviewed; first seen");
        if (assessed is null || (reviewed is not null && reviewed >= assessed))
            return (reviewed!.Value, "Last analyst review");
        return (assessed.Value, "Last completed assessment");
    }
}
