
namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>
/// The supplier list's address (search, filters, sort, page) after cleaning: unknown roles, statuses and sorts are
/// dropped rather than sent, so a hand-edited address never turns into the registry's 400.
/// </summary>
public sealed record SupplierListQuery(string? Search, string? Role, string? Country, string? Region, string? Status, string? Sort, int Page, int PageSize, int DefaultPageSize)
{
    public static SupplierListQuery From(string? search, string? role, string? country, string? region, string? status, string? sort,
        int? page, int? pageSize, int defaultPageSize) => new(
        Clean(search), RegistryVocabulary.KnownOrNull(RegistryVocabulary.Roles, role), Clean(country)?.ToUpperInvariant(), Clean(region)?.ToUpperInvariant(),
        RegistryVocabulary.KnownOrNull(RegistryVocabulary.Statuses, status), RegistryVocabulary.KnownOrNull(RegistryVocabulary.Sorts, sort),
        Math.Max(1, page ?? 1), pageSize is >= 1 and <= 500 ? pageSize.Value : defaultPageSize, defaultPageSize);

    public bool IsFiltered => Search is not null || Role is not null || Country is not null || Region is not null || Status is not null;

    public string EffectiveSort => Sort ?? "Name";

    /// <summary>This list with some values changed; defaults are left out so addresses stay short.</summary>
    public string Link(string? sort = null, int? page = null, bool clearFilters = false)
    {
        var q = clearFilters ? this with { Search = null, Role = null, Country = null, Region = null, Status = null } : this;
        var values = new List<KeyValuePair<string, string?>>
        {
            new("search", q.Search), new("role", q.Role), new("country", q.Country), new("region", q.Region), new("status", q.Status),
            new("sort", (sort ?? q.Sort) is var s && s != "Name" ? s : null),
            new("page", (page ?? 1) is var p && p > 1 ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            new("pageSize", q.PageSize != DefaultPageSize ? q.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        return "/suppliers" + QueryString.Create(values.Where(v => v.Value is not null));
    }

    /// <summary>A sortable column's header: where a click goes and what <c>aria-sort</c> says now.</summary>
    public (string Href, string? AriaSort) Header(string ascending, string? descending, bool descendingFirst = false)
    {
        var current = EffectiveSort;
        if (current == ascending) return (Link(descending ?? ascending), "ascending");
        if (current == descending) return (Link(ascending), "descending");
        return (Link(descendingFirst && descending is not null ? descending : ascending), null);
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
