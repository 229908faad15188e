using System.Net;
using System.Security.Claims;
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
public sealed class HitsModel(IRiskApi risk, UserNames users, IStringLocalizer<BackOfficeResource> L, IStringLocalizer<RiskTextResource> texts,
    ILogger<HitsModel> logger) : PageModel
{
    public HitsQuery Query { get; private set; } = HitsQuery.From(null, null, null, null);
    public IReadOnlyList<ScreeningHit> Hits { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>False when a failed decision could not re-read the list: only that decision's form is shown.</summary>
    public bool Loaded { get; private set; }
    public bool CanDecide { get; private set; }
    public UserNames Users => users;
    public RiskText Texts { get; } = new(texts);
    public Guid? FailedHitId { get; private set; }
    public DecisionForm Decision { get; private set; } = new();

    public sealed class DecisionForm
    {
        /// <summary>confirm | dismiss, from the button pressed.</summary>
        public string? Decision { get; set; }
        public string? Note { get; set; }
        /// <summary>The hit's version the analyst saw (a hidden field): the service refuses the decision when someone decided since.</summary>
        public int? Version { get; set; }
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
        if (form.Version is not { } version) ModelState.AddModelError("", Texts[RiskText.DecidedFirst]);
        else
        {
            try
            {
                var request = new HitDecisionRequest(form.Decision?.Trim(), string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim());
                var response = RiskCalls.Ensure(await risk.DecideHit(hitId, request, ETag.For(version), ct));
                var decided = response.Content!;
                TempData["Status"] = response.StatusCode == HttpStatusCode.Accepted ? Texts[RiskText.ReversalRecorded]
                    : (decided.State == "Confirmed"
                        ? L["Hit confirmed: {0} is treated as the listed entity {1}; its score follows.", decided.SupplierDisplayName ?? decided.SupplierName, decided.EntityName]
                        : L["Hit dismissed: {0} is not {1}. The dismissal holds while both names stay the same.", decided.SupplierDisplayName ?? decided.SupplierName, decided.EntityName]).Value;
                return Redirect(Query.Link() + $"#hit-{hitId}");
            }
            catch (Exception e) when (RiskText.IsStale(e))
            {
                ModelState.AddModelError("", Texts[RiskText.DecidedFirst]);
            }
            catch (Exception e) when (RiskCalls.Handles(e))
            {
                RiskCalls.Report(e, ModelState, HttpContext, logger, L, "Decision",
                    new Dictionary<string, string> { ["decision"] = nameof(DecisionForm.Decision), ["note"] = nameof(DecisionForm.Note) },
                    new Dictionary<string, string> { [nameof(DecisionForm.Decision)] = L["Decision"], [nameof(DecisionForm.Note)] = L["Note"] });
            }
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
        await users.LoadAsync(Hits.Select(h => h.DecidedBy).Concat(Hits.Select(h => h.PendingReversal?.By)), ct);
        Loaded = true;
        return true;
    }

    public Pager Pager => new(Query.Page, HitsQuery.PageSize, Query.Supplier is null ? Total : 0, p => Query.Link(page: p));

    /// <summary>What one hit's card needs: its decision form is the failed one when the post that just failed was for it.</summary>
    public HitCard Card(ScreeningHit hit) => new(hit, CanDecide && hit.State != "Withdrawn", users, Form(hit));

    public DecisionFormModel Form(ScreeningHit hit) => new(hit.Id, Query.DecideLink(hit.Id),
        FailedHitId == hit.Id ? Decision : null,
        FailedHitId == hit.Id ? RiskCalls.ErrorFor(ModelState, "Decision.Note") : null,
        FailedHitId == hit.Id ? RiskCalls.ErrorFor(ModelState, "Decision.Decision") : null,
        // After a failed post the version sent stays: resending the same form must not overwrite what someone decided meanwhile.
        FailedHitId == hit.Id && Decision.Version is { } sent ? sent : hit.Version,
        PendingText(hit));

    /// <summary>The failed form alone, when the hits could not be read again: with what was posted, version included.</summary>
    public DecisionFormModel Form(Guid failedHitId) => new(failedHitId, Query.DecideLink(failedHitId), Decision,
        RiskCalls.ErrorFor(ModelState, "Decision.Note"), RiskCalls.ErrorFor(ModelState, "Decision.Decision"), Decision.Version ?? 0);

    /// <summary>Who asked to dismiss this confirmed hit, and why; null when nobody did.</summary>
    string? PendingText(ScreeningHit hit) => hit.PendingReversal is not { } pending ? null
        : Texts[pending.By == User.FindFirstValue(ClaimTypes.NameIdentifier) ? RiskText.OwnReversalPending : RiskText.ReversalPending,
            ("analyst", users.Of(pending.By)), ("note", pending.Note)];

    public sealed record HitCard(ScreeningHit Hit, bool CanDecide, UserNames Users, DecisionFormModel Form);

    public sealed record DecisionFormModel(Guid HitId, string DecideUrl, DecisionForm? Failed, string? NoteError, string? DecisionError, int Version = 0,
        string? PendingReversal = null);
}
