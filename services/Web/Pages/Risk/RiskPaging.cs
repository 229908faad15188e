using System.Globalization;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>A page of a paged list and where each other page is: what <c>_RiskPager</c> draws.</summary>
public sealed record RiskPager(int Page, int PageSize, int Total, Func<int, string> Link, string TestId = "pager")
{
    public int TotalPages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public int First => Total == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int Last => Math.Min(Total, Page * PageSize);

    /// <summary>The first, the last and two either side of the current page.</summary>
    public IEnumerable<int> Shown
    {
        get
        {
            var pages = new SortedSet<int> { 1, TotalPages };
            for (var p = Math.Max(1, Page - 2); p <= Math.Min(TotalPages, Page + 2); p++) pages.Add(p);
            return pages;
        }
    }
}

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
