using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Auth;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// The entity lists screening uses, each with its versions, and (for admins) the CSV import of a new version. The risk
/// service checks the whole file first and refuses it with every problem by row and column; all of them are shown.
/// </summary>
public sealed class ListsModel(IRiskApi risk, UserNames users, IStringLocalizer<BackOfficeResource> L, ILogger<ListsModel> logger) : PageModel
{
    /// <summary>The risk service's own limit.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    [BindProperty] public IFormFile? ListFile { get; set; }
    public IReadOnlyList<EntityListSummary> Lists { get; private set; } = [];
    public bool CanImport { get; private set; }
    /// <summary>False when the service did not answer the re-read after a failed import.</summary>
    public bool Loaded { get; private set; }
    public UserNames Users => users;

    /// <summary>Every problem the service found in the file (row and column first), in its order.</summary>
    public IReadOnlyList<string> FileErrors => ModelState[nameof(ListFile)]?.Errors.Select(e => e.ErrorMessage).ToList() ?? [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ListFile is null) ModelState.AddModelError(nameof(ListFile), L["Choose a CSV file to import."]);
        else if (ListFile.Length == 0) ModelState.AddModelError(nameof(ListFile), L["The file is empty: it needs the header list,name,aliases,country,section,listed_on,source and rows."]);
        else if (ListFile.Length > MaxBytes) ModelState.AddModelError(nameof(ListFile), L["The file is {0}; an import takes at most {1}.", ImportSize.Describe(ListFile.Length), ImportSize.Describe(MaxBytes)]);
        if (ListFile is not null && ModelState.IsValid)
        {
            try
            {
                await using var stream = ListFile.OpenReadStream();
                var imported = await risk.ImportEntityLists(new StreamPart(stream, Path.GetFileName(ListFile.FileName), "text/csv"), ct);
                TempData["Status"] = L["Imported {0}. Every supplier is screened again against the new version.",
                    string.Join("; ", imported.Versions.Select(v => L["{0} version {1} ({2} entries: {3} added, {4} removed, {5} changed)", v.List, v.Number, v.EntryCount, v.Added, v.Removed, v.Changed].Value))].Value;
                return Redirect("/risk/lists");
            }
            catch (ApiException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge && !ServiceProblems.IsUnavailable(e))
            {
                // Keys are "row 7: name", "header" or "file": each problem is one line under the file field, with its place first.
                var problem = ServiceProblems.Read(e);
                if (problem is { Errors.Count: > 0 })
                    foreach (var (where, messages) in problem.Errors.OrderBy(p => RowOf(p.Key)))
                    foreach (var message in messages)
                        ModelState.AddModelError(nameof(ListFile), where == "file" ? $"{L["File"]}: {message}" : $"{where}: {message}");
                else ModelState.AddModelError(nameof(ListFile), problem?.Detail ?? problem?.Title ?? L["The risk service refused the file."]);
            }
            catch (Exception e) when (RiskCalls.Handles(e))
            {
                RiskCalls.Report(e, ModelState, HttpContext, logger, L, "", new Dictionary<string, string>(), new Dictionary<string, string>());
            }
        }
        try
        {
            await LoadAsync(ct);
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            CanImport = true;
            if (ModelState[""] is not { Errors.Count: > 0 }) RiskCalls.AddUnavailable(ModelState, HttpContext, logger, e, L);
        }
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        CanImport = await RiskPolicyFilter.AllowedAsync(HttpContext, WebPolicies.Admin);
        Lists = await risk.ListEntityLists(ct);
        await users.LoadAsync(Lists.SelectMany(l => l.Versions).Select(v => v.ImportedBy), ct);
        Loaded = true;
    }

    /// <summary>"row 7: name" → 7, so problems read top to bottom; whole-file problems first.</summary>
    static int RowOf(string key) =>
        key.StartsWith("row ", StringComparison.OrdinalIgnoreCase) && int.TryParse(new string(key.AsSpan(4).ToArray().TakeWhile(char.IsDigit).ToArray()), out var row) ? row : 0;
}
