using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Refit;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Risk;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>The supplier list: search, filters, sortable columns and paging, all in the address (a GET form), so any view can be bookmarked.</summary>
public sealed class IndexModel(IRegistryApi registry, IOptions<BackOfficeOptions> options, RiskRegions risk, IStringLocalizer<BackOfficeResource> L) : PageModel
{
    static readonly Dictionary<string, string> Fields = new() { ["search"] = "search", ["role"] = "role", ["country"] = "country", ["region"] = "region", ["status"] = "status" };

    public SupplierListQuery Query { get; private set; } = SupplierListQuery.From(null, null, null, null, null, null, null, null, 50);
    public PagedList<SupplierSummary> Result { get; private set; } = new([], 1, 50, 0);
    public RiskRegions Risk => risk;
    public bool CanWrite { get; private set; }

    public Pager Pager => new(Result.Page, Result.PageSize, Result.Total, p => Query.Link(page: p));

    public async Task OnGetAsync(string? search, string? role, string? country, string? region, string? status, string? sort,
        // "page" is Razor Pages' own route value: read it from the query string only.
        [FromQuery(Name = "page")] int? pageNumber, [FromQuery(Name = "pageSize")] int? pageSize, CancellationToken ct)
    {
        CanWrite = await ProcurementOnlyFilter.CanWriteAsync(HttpContext);
        Query = SupplierListQuery.From(search, role, country, region, status, sort, pageNumber, pageSize, options.Value.DefaultPageSize);
        ModelState.Clear();
        try
        {
            Result = await registry.ListSuppliers(Query.Search, Query.Role, Query.Country, Query.Region, Query.Status, Query.Sort, Query.Page, Query.PageSize, ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.BadRequest)
        {
            // A country or region code the registry does not know: said next to that filter, with an empty list.
            RegistryCalls.AddProblem(ModelState, e, "", Fields, new Dictionary<string, string> { ["country"] = L["Country"], ["region"] = L["Region"] });
        }
    }

    public string? ErrorFor(string field) =>
        ModelState[field]?.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Select(e => e.ErrorMessage)) : null;
}
