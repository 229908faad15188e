using Microsoft.AspNetCore.Http.HttpResults;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>
/// Paging checks every registry list route shares: a page whose offset would overflow is refused before the query
/// (the database would otherwise be asked to skip a negative number of rows: a 500), and a page past the data after
/// counting, so a client paging with a wrong size learns it instead of reading an empty page as "no more data changed".
/// </summary>
public static class PageCheck
{
    /// <summary>400 naming <c>page</c> when page × pageSize does not fit the row offset.</summary>
    public static ValidationProblem? Overflow(int page, int pageSize) =>
        (long)page * pageSize > int.MaxValue
            ? Problems.Invalid("page", $"page {page} × pageSize {pageSize} is past any data this list can hold; the last page is at most {int.MaxValue / pageSize}.")
            : null;

    /// <summary>400 naming <c>page</c> when the page starts after the last item. Page 1 is always valid, even of an empty list.</summary>
    public static ValidationProblem? PastEnd(int page, int pageSize, int total)
    {
        if (page <= 1 || (long)(page - 1) * pageSize < total) return null;
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        return Problems.Invalid("page", $"page {page} is past the data: {total} items make {last} page(s) of {pageSize}.");
    }
}
