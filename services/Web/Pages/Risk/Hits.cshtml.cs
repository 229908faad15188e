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
/// Screening hits: the queue (one state, Open by default, best score first) or one supplier's hits. Each hit shows
/// both sides' names with the matched words marked, and analysts confirm or dismiss it (a note is required to dismiss).
/// A decision that fails comes back on its own hit with the note kept.
/// </summary>
public sealed class HitsModel(IRiskApi risk, UserNames users, IStringLocalizer<BackOfficeResource> L, ILogger<HitsModel> logger) : PageModel
{
    public HitsQuery Query { get; private set; } = HitsQuery.From(null, null, null, null);
    public IReadOnlyList<ScreeningHit> Hits { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>False when a failed decision could not re-read the list: only that decision's form is shown.</summary>
    public bool Loaded { get; private set; }
    public bool CanDecide { get; private set; }
    public UserNames Users => users;
    public Guid? FailedHitId { get; private set; }
    public DecisionForm Decision { get; private set; } = new();

    public sealed class DecisionForm
    {
        /// <summary>confirm | dismiss, from the button pressed.</summary>
        public string? Decision { get; set; }
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? state, string? list, Guid? supplier, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Query = HitsQuery.From(state, list, supplier, pageNumber);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid hitId, string? state, string? list, Guid? supplier, [FromQuery(Name = "page")] int? pageNumber,
        [Bind(Prefix = "Decision")] DecisionForm form, CancellationToken ct)
    {
        Query = HitsQuery.From(state, list, supplier, pageNumber);
        Decision = form;
        try
        {
            var decided = await risk.DecideHit(hitId, new HitDecisionRequest(form.Decision?.Trim(), string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim()), ct);
            TempData["Status"] = (decided.State == "Confirmed"
                ? L["Hit confirmed: {0} is treated as the listed entity {1}; its score follows.", decided.SupplierDisplayName ?? decided.SupplierName, decided.EntityName]
                : L["Hit dismissed: {0} is not {1}. The dismissal holds while both names stay the same.", decided.SupplierDisplayName ?? decided.SupplierName, decided.EntityName]).Value;
            return Redirect(Query.Link() + $"#hit-{hitId}");
        }
        catch (Exception e) when (RiskCalls.Handles(e))
        {
            RiskCalls.Report(e, ModelState, HttpContext, logger, L, "Decision",
                new Dictionary<string, string> { ["decision"] = nameof(DecisionForm.Decision), ["note"] = nameof(DecisionForm.Note) },
                new Dictionary<string, string> { [nameof(DecisionForm.Decision)] = L["Decision"], [nameof(DecisionForm.Note)] = L["Note"] });
        }
        FailedHitId = hitId;
        try
        {
            await LoadAsync(ct);
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            CanDecide = true;
            if (ModelState[""] is not { Errors.Count: > 0 }) RiskCalls.AddUnavailable(ModelState, HttpContext, logger, e, L);
        }
        return Page();
    }

    /// <summary>False when the supplier asked for is unknown to the risk service.</summary>
    async Task<bool> LoadAsync(CancellationToken ct)
    {
        CanDecide = await RiskPolicyFilter.AllowedAsync(HttpContext, WebPolicies.RiskAnalyst);
        if (Query.Supplier is { } supplier)
        {
            IReadOnlyList<ScreeningHit> all;
            try { all = await risk.GetSupplierScreening(supplier, ct); }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound) { return false; }
            Hits = all.Where(h => Query.EffectiveState is null || h.State == Query.EffectiveState).ToList();
            Total = Hits.Count;
        }
        else
        {
            var page = await risk.ListHits(Query.EffectiveState, Query.List, Query.Page, HitsQuery.PageSize, ct);
            (Hits, Total) = (page.Items, page.Total);
        }
        await users.LoadAsync(Hits.Select(h => h.DecidedBy), ct);
        Loaded = true;
        return true;
    }

    public Pager Pager => new(Query.Page, HitsQuery.PageSize, Query.Supplier is null ? Total : 0, p => Query.Link(page: p));

    /// <summary>What one hit's card needs: its decision form is the failed one when the post that just failed was for it.</summary>
    public HitCard Card(ScreeningHit hit) => new(hit, CanDecide && hit.State != "Withdrawn", users, Form(hit.Id));

    public DecisionFormModel Form(Guid hitId) => new(hitId, Query.DecideLink(hitId),
        FailedHitId == hitId ? Decision : null,
        FailedHitId == hitId ? RiskCalls.ErrorFor(ModelState, "Decision.Note") : null,
        FailedHitId == hitId ? RiskCalls.ErrorFor(ModelState, "Decision.Decision") : null);

    public sealed record HitCard(ScreeningHit Hit, bool CanDecide, UserNames Users, DecisionFormModel Form);

    public sealed record DecisionFormModel(Guid HitId, string DecideUrl, DecisionForm? Failed, string? NoteError, string? DecisionError);
}
