namespace SupplierDD.Web.Pages;

/// <summary>A page of a paged list and where each other page is: what <c>Shared/_Pager</c> draws under every list.</summary>
public sealed record Pager(int Page, int PageSize, int Total, Func<int, string> Link, string TestId = "pager")
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
