using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>
/// Edits a supplier's details. The version read with the form travels in a hidden field and goes back as If-Match,
/// so a change someone else saved meanwhile is never overwritten silently: the page keeps the input and offers a reload.
/// </summary>
public sealed class EditModel(IRegistryApi registry, IStringLocalizer<BackOfficeResource> L, ILogger<EditModel> logger) : PageModel
{
    [BindProperty] public SupplierForm Input { get; set; } = new();
    /// <summary>The ETag of the version the form was filled from.</summary>
    [BindProperty] public string? ETag { get; set; }
    public Guid Id { get; private set; }
    public Guid? ExistingSupplierId { get; private set; }
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var response = await registry.GetSupplier(id, ct);
        if (RegistryCalls.ContentOrNull(response) is not { } details) return NotFound();
        Input = SupplierForm.From(details.Supplier);
        ETag = response.Headers?.ETag?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid) return Page();
        try
        {
            var saved = await registry.UpdateSupplier(id, Input.ToRequest(), ETag ?? "", ct);
            TempData["Status"] = L["Changes to {0} are saved.", saved.Supplier.Name].Value;
            return Redirect($"/suppliers/{id}");
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return NotFound();
        }
        catch (Exception e) when (SupplierFormHandler.Handles(e))
        {
            var failure = SupplierFormHandler.Report(e, Input, ModelState, HttpContext, logger, L);
            (ExistingSupplierId, Stale) = (failure.ExistingSupplierId, failure.Stale);
            return Page();
        }
    }
}
