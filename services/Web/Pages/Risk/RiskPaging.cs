using System.Globalization;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>Numbers and times as the risk pages print them (invariant: scores are read and compared across teams).</summary>
public static class RiskFormat
{
    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Signed(double points) => points.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A query string from the values that are set (defaults left out so addresses stay short).</summary>
    public static string Query(string path, params (string Key, string? Value)[] values) =>
        path + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));

    public static string? Number(int value, int omitted) => value == omitted ? null : value.ToString(CultureInfo.InvariantCulture);
}
