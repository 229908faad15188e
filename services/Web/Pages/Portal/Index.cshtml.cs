using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Portal;

/// <summary>
/// The supplier's home: its own record as the registry holds it (read with the user's token, whose
/// supplier_id is the only supplier the registry lets it read), plus what is asked of it.
/// </summary>
public sealed class IndexModel(IRegistryApi registry, ILogger<IndexModel> logger) : PageModel
{
    public SupplierDetails? Supplier { get; private set; }
    /// <summary>Set when the record could not be shown: "unavailable" or "not-found".</summary>
    public string? LoadProblem { get; private set; }

    public async Task OnGetAsync()
    {
        // The policy on /Portal guarantees the claim; a missing one would be a bug, not a user error.
        var supplierId = WebClaims.SupplierId(User) ?? throw new InvalidOperationException("A portal user without a supplier_id claim.");
        try
        {
            var response = await registry.GetSupplier(supplierId, HttpContext.RequestAborted);
            if (response.IsSuccessStatusCode && response.Content is { } details) Supplier = details;
            else if (response.StatusCode == HttpStatusCode.NotFound) LoadProblem = "not-found";
            else if (response.Error is { } error) throw error;
            else LoadProblem = "unavailable";
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            logger.LogWarning(e, "The registry did not answer for the portal home of supplier {SupplierId}", supplierId);
            LoadProblem = "unavailable";
        }
        if (Supplier is not null) ViewData["SupplierName"] = Supplier.Supplier.Name;
    }
}
