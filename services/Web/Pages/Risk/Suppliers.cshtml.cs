using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>The review queue: scored suppliers, highest score first, filtered by band, role, country, region and review state (Unreviewed unless asked).</summary>
public sealed class SuppliersModel(IRiskApi risk, RiskRegions regions, IStringLocalizer<BackOfficeResource> L) : PageModel
{
    static readonly Dictionary<string, string> Fields = new() { ["band"] = "band", ["role"] = "role", ["country"] = "country", ["region"] = "region", ["reviewState"] = "reviewState" };

    public RiskListQuery Query { get; private set; } = RiskListQuery.From(null, null, null, null, null, null, null);
    public PagedList<RiskRow> Result { get; private set; } = new([], 1, RiskListQuery.DefaultPageSize, 0);
    public RiskRegions Regions => regions;

    public async Task OnGetAsync(string? band, string? role, string? country, string? region, string? reviewState,
        [FromQuery(Name = "page")] int? pageNumber, [FromQuery(Name = "pageSize")] int? pageSize, CancellationToken ct)
    {
        Query = RiskListQuery.From(band, role, country, region, reviewState, pageNumber, pageSize);
        ModelState.Clear();
        try
        {
            Result = await risk.ListRisk(Query.Band, Query.Role, Query.Country, Query.Region, Query.ServiceState, Query.Page, Query.PageSize, ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.BadRequest)
        {
            // A country or region code the service does not know: said next to that filter, with an empty list.
            RegistryCalls.AddProblem(ModelState, e, "", Fields, new Dictionary<string, string> { ["country"] = L["Country"], ["region"] = L["Region"] });
            Result = new([], Query.Page, Query.PageSize, 0);
        }
    }

    public string? ErrorFor(string field) => RiskCalls.ErrorFor(ModelState, field);

    public Pager Pager => new(Result.Page, Result.PageSize, Result.Total, p => Query.Link(page: p));
}
