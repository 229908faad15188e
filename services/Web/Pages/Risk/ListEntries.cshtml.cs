using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>The entries of one entity list: its current version, or <c>?version=N</c>.</summary>
public sealed class ListEntriesModel(IRiskApi risk) : PageModel
{
    public string List { get; private set; } = "";
    public int? Version { get; private set; }
    public IReadOnlyList<ListedEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string list, int? version, CancellationToken ct)
    {
        (List, Version) = (list, version);
        try
        {
            Entries = await risk.GetEntityList(list, version, ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return NotFound();
        }
        return Page();
    }
}
