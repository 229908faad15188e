namespace SupplierDD.RiskScoring.Scoring;

/// <summary>The band names as the API spells them.</summary>
public static class Bands
{
    public static readonly IReadOnlyList<string> All = ["Low", "Medium", "High", "Critical"];
    public const string Expected = "must be one of Low, Medium, High, Critical.";

    public static bool TryNormalize(string? value, out string? band)
    {
        band = All.FirstOrDefault(b => string.Equals(b, value?.Trim(), StringComparison.OrdinalIgnoreCase));
        return band is not null;
    }
}
