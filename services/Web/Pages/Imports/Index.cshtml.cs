using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Refit;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages.Imports;

/// <summary>
/// Uploads a suppliers or supply-links CSV to the registry, which checks it at once and imports it in the background;
/// the browser then watches the job on /imports/{id}. A file that cannot be sent is refused here, next to its field.
/// </summary>
public sealed class IndexModel(IRegistryApi registry, IOptions<BackOfficeOptions> options, IStringLocalizer<BackOfficeResource> L, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty] public IFormFile? SuppliersFile { get; set; }
    [BindProperty] public IFormFile? LinksFile { get; set; }
    public bool CanWrite { get; private set; }
    public long MaxBytes => options.Value.MaxImportBytes;

    public async Task OnGetAsync() => CanWrite = await ProcurementOnlyFilter.CanWriteAsync(HttpContext);

    public Task<IActionResult> OnPostSuppliersAsync(CancellationToken ct) =>
        UploadAsync(nameof(SuppliersFile), SuppliersFile, part => registry.ImportSuppliers(part, ct));

    public Task<IActionResult> OnPostLinksAsync(CancellationToken ct) =>
        UploadAsync(nameof(LinksFile), LinksFile, part => registry.ImportSupplyLinks(part, ct));

    async Task<IActionResult> UploadAsync(string field, IFormFile? file, Func<StreamPart, Task<ImportJob>> send)
    {
        CanWrite = true;
        if (file is null) ModelState.AddModelError(field, L["Choose a CSV file to import."]);
        else if (file.Length == 0) ModelState.AddModelError(field, L["The file is empty: it needs a header row and at least one data row."]);
        else if (file.Length > MaxBytes)
            ModelState.AddModelError(field, L["The file is {0}; one import takes at most {1}. Split it into smaller files.", ImportSize.Describe(file.Length), ImportSize.Describe(MaxBytes)]);
        if (file is null || ModelState[field]?.Errors.Count > 0) return Page();

        try
        {
            await using var stream = file.OpenReadStream();
            var job = await send(new StreamPart(stream, Path.GetFileName(file.FileName), "text/csv"));
            return Redirect($"/imports/{job.Id}");
        }
        catch (ApiException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge && !ServiceProblems.IsUnavailable(e))
        {
            // The registry read the file and refused it (encoding, header, syntax, size): said next to the file field.
            var problem = ServiceProblems.Read(e);
            if (problem?.Errors.Count > 0) ServiceProblems.AddTo(ModelState, e, "", new Dictionary<string, string> { ["file"] = field });
            else ModelState.AddModelError(field, problem?.Detail ?? problem?.Title ?? L["The supplier registry refused the file."]);
        }
        catch (ApiException e) when (!ServiceProblems.IsUnavailable(e))
        {
            logger.LogWarning(e, "The registry refused an import upload (trace {TraceId})", RegistryCalls.TraceId(HttpContext));
            ServiceProblems.AddTo(ModelState, e, L: L);
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            RegistryCalls.AddUnavailable(ModelState, HttpContext, logger, e, L);
        }
        return Page();
    }

    public string? ErrorFor(string field) =>
        ModelState[field]?.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Select(e => e.ErrorMessage)) : null;
}
