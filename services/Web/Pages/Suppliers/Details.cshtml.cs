using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Risk;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>
/// A supplier: summary, facilities, status history, direct supply links both ways, and the forms that change them.
/// A form that fails comes back on this page with its input and errors; if the registry is down even for the re-read,
/// the page shows only the form that was posted, still filled in, so nothing typed is lost.
/// </summary>
public sealed class DetailsModel(IRegistryApi registry, RiskRegions risk, IStringLocalizer<BackOfficeResource> L, ILogger<DetailsModel> logger) : PageModel
{
    public Guid Id { get; private set; }
    /// <summary>Null only when a failed post could not re-read the supplier.</summary>
    public SupplierPageData? Data { get; private set; }
    public RiskRegions Risk => risk;
    public bool CanWrite { get; private set; }
    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];
    /// <summary>Which form was posted and failed ("status", "facility", "link", "unlink"), for focus and the degraded view.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>Search text for the upstream supplier of a new link (a GET, so the candidates can be listed without a script).</summary>
    [BindProperty(SupportsGet = true, Name = "find")] public string? Find { get; set; }
    public StatusForm StatusChange { get; private set; } = new();
    public FacilityForm Facility { get; private set; } = new();
    public LinkForm Link { get; private set; } = new();
    /// <summary>The supplier's version the forms carry back (If-Match): the one on screen, or the posted one when it could not be re-read.</summary>
    public int? ShownVersion => Data?.Details.Supplier.Version ?? StatusChange.Version ?? Facility.Version ?? Link.Version;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Data is null) return NotFound();
        if (TempData[SupplierForm.DuplicatesKey] is string duplicates)
            Duplicates = JsonSerializer.Deserialize<List<PossibleDuplicate>>(duplicates, JsonSerializerOptions.Web) ?? [];
        return Page();
    }

    public Task<IActionResult> OnPostStatusAsync(Guid id, [Bind(Prefix = "StatusChange")] StatusForm form, CancellationToken ct)
    {
        StatusChange = form;
        return SubmitAsync(id, "status", "StatusChange", StatusForm.FieldMap, StatusForm.Labels(L),
            () => registry.ChangeStatus(id, new StatusChangeRequest(form.Status, form.Reason?.Trim()), FormVersion.IfMatch(form.Version), ct),
            L["Status changed to {0}.", L[RegistryVocabulary.StatusLabel(form.Status ?? "")]], ct);
    }

    public Task<IActionResult> OnPostFacilityAsync(Guid id, [Bind(Prefix = "Facility")] FacilityForm form, CancellationToken ct)
    {
        Facility = form;
        return SubmitAsync(id, "facility", "Facility", FacilityForm.FieldMap, FacilityForm.Labels(L),
            () => registry.AddFacility(id, form.ToRequest(), FormVersion.IfMatch(form.Version), ct), L["Facility {0} added.", form.Name ?? ""], ct);
    }

    public Task<IActionResult> OnPostLinkAsync(Guid id, [Bind(Prefix = "Link")] LinkForm form, CancellationToken ct)
    {
        Link = form;
        return SubmitAsync(id, "link", "Link", LinkForm.FieldMap, LinkForm.Labels(L),
            () => registry.AddUpstream(id, new SupplyLinkRequest(form.UpstreamSupplierId, form.Material?.Trim(), form.SharePercent, null), FormVersion.IfMatch(form.Version), ct),
            L["Supply link added."], ct, clearSearch: true);
    }

    public Task<IActionResult> OnPostUnlinkAsync(Guid id, Guid upstreamId, string? material, int? version, CancellationToken ct) =>
        SubmitAsync(id, "unlink", "Unlink", new Dictionary<string, string>(), new Dictionary<string, string>(),
            () => registry.RemoveUpstream(id, upstreamId, FormVersion.IfMatch(version), material, ct), L["Supply link removed."], ct);

    /// <summary>Posts one form's change; on success back to the page (PRG), otherwise the page again with that form's errors.</summary>
    async Task<IActionResult> SubmitAsync(Guid id, string formName, string prefix, IReadOnlyDictionary<string, string> fieldMap,
        IReadOnlyDictionary<string, string> labels, Func<Task> change, string done, CancellationToken ct, bool clearSearch = false)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await change();
                TempData["Status"] = done;
                return Redirect($"/suppliers/{id}" + (clearSearch || Find is null ? "" : QueryString.Create("find", Find).Value) + $"#{formName}");
            }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound && formName != "unlink")
            {
                return NotFound();
            }
            catch (ApiException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.PreconditionRequired)
            {
                // The page was read before someone else's change: nothing was saved; the page below is re-read, the input kept.
                ModelState.AddModelError(prefix, L["Someone else changed this supplier after you opened this page, so your changes were not saved. They are kept below: reload the current version, then apply them again."]);
            }
            catch (ApiException e) when (!ServiceProblems.IsUnavailable(e))
            {
                if (e.StatusCode is HttpStatusCode.BadRequest && ServiceProblems.Read(e)?.Errors.Count > 0)
                    RegistryCalls.AddProblem(ModelState, e, prefix, fieldMap, labels);
                else
                    ModelState.AddModelError(prefix, ServiceProblems.Read(e) is { } problem ? $"{problem.Title} {problem.Detail}".Trim() : e.Message);
            }
            catch (Exception e) when (ServiceProblems.IsUnavailable(e))
            {
                RegistryCalls.AddUnavailable(ModelState, HttpContext, logger, e, L);
            }
        }
        FailedForm = formName;
        try
        {
            await LoadAsync(id, ct);
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            Id = id;
            Data = null;
            logger.LogWarning(e, "The supplier registry did not answer the re-read after a failed form (trace {TraceId})", RegistryCalls.TraceId(HttpContext));
            if (ModelState[""] is not { Errors.Count: > 0 }) RegistryCalls.AddUnavailable(ModelState, HttpContext, logger, e, L);
            return Page();
        }
        return Data is null ? NotFound() : Page();
    }

    async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        CanWrite = await ProcurementOnlyFilter.CanWriteAsync(HttpContext);
        Data = await SupplierPageData.LoadAsync(registry, risk, id, Find, ct);
    }

    /// <summary>Errors of a form as a whole (not of one field), e.g. "this link would close a cycle".</summary>
    public IEnumerable<string> FormErrors(string prefix) => ModelState[prefix]?.Errors.Select(e => e.ErrorMessage) ?? [];

    public IReadOnlyList<string> HighRiskRegionsOf(SupplierDetails d) =>
        new[] { d.Supplier.RegionCode }.Concat(d.Facilities.Select(f => f.RegionCode)).Where(risk.IsHighRisk).OfType<string>().Distinct().ToList();
}
