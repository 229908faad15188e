using Microsoft.AspNetCore.Http.HttpResults;

namespace SupplierDD.ServiceDefaults.Hosting;

/// <summary>
/// Paging rules every list route of every service shares: clamp what the client asked for, refuse a page whose
/// offset would overflow before the query runs (the database would be asked to skip a negative number of rows: a 500),
/// and refuse a page past the data after counting, so a client paging with a wrong size learns it instead of reading
/// an empty page as the end.
/// </summary>
public static class Paging
{
    /// <summary>Largest page a client may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Page from 1, size within 1..<see cref="MaxPageSize"/> (default 50).</summary>
    public static (int Page, int PageSize) Clamp(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));

    /// <summary>400 naming <c>page</c> when page × pageSize does not fit the row offset.</summary>
    public static ValidationProblem? Overflow(int page, int pageSize) =>
        (long)page * pageSize > int.MaxValue
            ? Problems.Invalid("page", $"page {page} × pageSize {pageSize} is past any data this list can hold; the last page is at most {int.MaxValue / pageSize}.")
            : null;

    /// <summary>400 naming <c>page</c> when the page starts after the last item. Page 1 is always valid, even of an empty list.</summary>
    public static ValidationProblem? PastEnd(int page, int pageSize, long total)
    {
        if (page <= 1 || (long)(page - 1) * pageSize < total) return null;
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        return Problems.Invalid("page", $"page {page} is past the data: {total} items make {last} page(s) of {pageSize}.");
    }
}
