using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>
/// A supplier's supply chain, upstream and downstream, as an interactive graph (graph.js draws what <see cref="OnGetDataAsync"/>
/// returns) with the same suppliers in a table by tier underneath, for keyboards, screen readers and browsers without scripts.
/// </summary>
public sealed class GraphModel(SupplyChainGraphs graphs, IOptions<BackOfficeOptions> options, IStringLocalizer<BackOfficeResource> L, ILogger<GraphModel> logger) : PageModel
{
    public Guid Id { get; private set; }
    public int Depth { get; private set; }
    public SupplyChainGraph Graph { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int? depth, CancellationToken ct)
    {
        (Id, Depth) = (id, DepthOrDefault(depth));
        if (await graphs.LoadAsync(id, Depth, ct) is not { } graph) return NotFound();
        Graph = graph;
        return Page();
    }

    /// <summary>The graph as JSON for the script. A registry that does not answer is a 503 the script reports and retries.</summary>
    public async Task<IActionResult> OnGetDataAsync(Guid id, int? depth, CancellationToken ct)
    {
        try
        {
            return await graphs.LoadAsync(id, DepthOrDefault(depth), ct) is { } graph ? new JsonResult(graph) : NotFound();
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            var traceId = RegistryCalls.TraceId(HttpContext);
            logger.LogWarning(e, "The supplier registry did not answer the graph's data (trace {TraceId})", traceId);
            return StatusCode(StatusCodes.Status503ServiceUnavailable, new { title = L["The supplier registry is not answering."].Value, traceId });
        }
    }

    int DepthOrDefault(int? depth) => Math.Clamp(depth ?? options.Value.DefaultGraphDepth, 1, SupplyChainGraphs.MaxDepth);

    public string TierLabel(int tier) => tier switch
    {
        0 => L["This supplier"],
        < 0 => L["Upstream tier {0}", -tier],
        _ => L["Downstream tier {0}", tier],
    };

    /// <summary>Words the script shows (tier headers, statuses, roles), localized here so graph.js holds no text of its own.</summary>
    public string ScriptText() => JsonSerializer.Serialize(new
    {
        root = L["This supplier"].Value,
        upstream = L["Upstream tier {0}"].Value,
        downstream = L["Downstream tier {0}"].Value,
        loadError = L["The graph could not be loaded. The table below lists the same suppliers."].Value,
        retrying = L["The supplier registry is not answering; trying again…"].Value,
        notFound = L["No supplier in the graph matches “{0}”."].Value,
        statuses = RegistryVocabulary.Statuses.ToDictionary(s => s, s => L[RegistryVocabulary.StatusLabel(s)].Value),
        statusColors = RegistryVocabulary.Statuses.ToDictionary(s => s, RegistryVocabulary.StatusColor),
        roles = RegistryVocabulary.Roles.ToDictionary(r => r, r => L[RegistryVocabulary.RoleLabel(r)].Value),
    }, JsonSerializerOptions.Web);
}
