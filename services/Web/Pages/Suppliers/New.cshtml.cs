using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>Registers a supplier. Possible duplicates the registry found travel to the next page as a warning.</summary>
public sealed class NewModel(IRegistryApi registry, IStringLocalizer<BackOfficeResource> L, ILogger<NewModel> logger) : PageModel
{
    [BindProperty] public SupplierForm Input { get; set; } = new();
    public Guid? ExistingSupplierId { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            var created = await registry.CreateSupplier(Input.ToRequest(), ct);
            TempData["Status"] = L["{0} is registered.", created.Supplier.Name].Value;
            if (created.PossibleDuplicates is { Count: > 0 } duplicates) TempData[SupplierForm.DuplicatesKey] = JsonSerializer.Serialize(duplicates);
            return Redirect($"/suppliers/{created.Supplier.Id}");
        }
        catch (Exception e) when (SupplierFormHandler.Handles(e))
        {
            ExistingSupplierId = SupplierFormHandler.Report(e, Input, ModelState, HttpContext, logger, L).ExistingSupplierId;
            return Page();
        }
    }
}
