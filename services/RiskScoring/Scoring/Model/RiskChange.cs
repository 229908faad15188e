namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>When a new assessment is news: the caller publishes <c>RiskScoreChanged</c> only then.</summary>
public static class RiskChange
{
    /// <summary>
    /// True for a first assessment, or when the score (to one decimal) or the band changed. A new
    /// model version or different evidence with the same score and band is not news.
    /// </summary>
    public static bool Matters(RiskAssessment? before, RiskAssessment after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return before is null
            || before.Band != after.Band
            || Math.Round(before.Score, 1, MidpointRounding.AwayFromZero) != Math.Round(after.Score, 1, MidpointRounding.AwayFromZero);
    }
}
