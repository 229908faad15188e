using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierDD.Web.Auth;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// One supplier's risk: score, model band and band in force, the factor breakdown (chart and table) with links to the
/// evidence, the review form for analysts, a pending second-analyst request, and the history of changes. A review that
/// fails comes back with its input and the service's errors; if the service is down even for the re-read, only the
/// form is shown, still filled in.
/// </summary>
public sealed class SupplierModel(IRiskApi risk, UserNames users, IStringLocalizer<BackOfficeResource> L, IStringLocalizer<RiskTextResource> texts,
    ILogger<SupplierModel> logger) : PageModel
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; private set; }
    /// <summary>Null when the supplier is not scored yet, or when a failed post could not re-read it.</summary>
    public SupplierRisk? Risk { get; private set; }
    public bool NotScoredYet { get; private set; }
    public bool CanReview { get; private set; }
    public bool ReviewFailed { get; private set; }
    public ReviewForm Review { get; private set; } = new();
    public UserNames Users => users;
    public RiskText Texts { get; } = new(texts);

    /// <summary>The signed-in user's id, as the service records it (the token's <c>sub</c>).</summary>
    public string? CurrentUserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>True when the signed-in analyst asked for the pending override: someone else has to confirm it.</summary>
    public bool IsOwnPending => Risk?.Pending is { } pending && pending.By == CurrentUserId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Risk is null && !NotScoredYet) return NotFound();
        // A pending override someone else asked for: the form starts as its confirmation.
        if (Risk?.Pending is { } pending && !IsOwnPending) Review = new ReviewForm { Action = "override", Band = pending.Band };
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, [Bind(Prefix = "Review")] ReviewForm form, CancellationToken ct)
    {
        Review = form;
        // Without the version it read, the form could only overwrite: ask for a reload instead of guessing.
        if (form.Version is not { } version) ModelState.AddModelError("", Texts[RiskText.DecidedFirst]);
        else
        {
            try
            {
                var response = RiskCalls.Ensure(await risk.Review(id, form.ToRequest(), ETag.For(version), ct));
                TempData["Status"] = response.StatusCode == HttpStatusCode.Accepted
                    ? L["Your override to {0} is recorded. It takes effect when a second analyst confirms it.", L[form.Band ?? ""]].Value
                    : L["Review saved: the band in force is {0}.", L[response.Content!.Band]].Value;
                return Redirect($"/risk/suppliers/{id}#review");
            }
            catch (Exception e) when (RiskText.IsStale(e))
            {
                ModelState.AddModelError("", Texts[RiskText.DecidedFirst]);
            }
            catch (Exception e) when (RiskCalls.Handles(e))
            {
                RiskCalls.Report(e, ModelState, HttpContext, logger, L, "Review", ReviewForm.FieldMap, ReviewForm.Labels(L));
            }
        }
        ReviewFailed = true;
        try
        {
            await LoadAsync(id, ct);
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            Id = id;
            Risk = null;
            CanReview = true;
            if (ModelState[""] is not { Errors.Count: > 0 }) RiskCalls.AddUnavailable(ModelState, HttpContext, logger, e, L);
        }
        return Page();
    }

    async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        CanReview = await RiskPolicyFilter.AllowedAsync(HttpContext, WebPolicies.RiskAnalyst);
        var response = await risk.GetSupplierRisk(id, ct);
        NotScoredYet = RiskCalls.IsNotScoredYet(response);
        Risk = NotScoredYet ? null : RiskCalls.ContentOrNull(response);
        if (Risk is not null) await users.LoadAsync([Risk.ReviewedBy, Risk.Pending?.By], ct);
    }

    /// <summary>Where a piece of evidence leads, when it names something the back-office shows.</summary>
    public EvidenceLink? LinkFor(RiskEvidence evidence)
    {
        if (!Guid.TryParse(evidence.Reference, out var reference)) return null;
        if (evidence.Kind.StartsWith("upstream", StringComparison.Ordinal))
            return new($"/risk/suppliers/{reference}", L["Risk of the source supplier"]);
        if (evidence.Kind.StartsWith("screening", StringComparison.Ordinal))
            return new($"/risk/hits?supplier={Id}#hit-{reference}", L["Open the screening hit"]);
        if (evidence.Kind == "region")
            return reference == Id ? new($"/suppliers/{Id}", L["Supplier record"]) : new($"/suppliers/{Id}#facility", L["Facility on the supplier record"]);
        return null;
    }

    /// <summary>The breakdown for risk-charts.js: one bar per line, the points it adds.</summary>
    public string FactorChartData() => JsonSerializer.Serialize(new
    {
        kind = "factors",
        label = L["Points"].Value,
        axis = L["Points added to the score"].Value,
        labels = Risk!.Factors.Select(f => L[RiskVocabulary.FactorLabel(f.Factor)].Value),
        values = Risk.Factors.Select(f => f.Contribution),
        color = RiskVocabulary.BandColor(Risk.ModelBand),
    }, Json);
}
