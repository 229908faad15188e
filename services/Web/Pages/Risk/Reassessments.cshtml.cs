using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// The re-assessment calendar: who is due when and why (the band sets the interval, counted from the last review or
/// re-assessment), soonest first and grouped by month or ISO week; what is due already is highlighted.
/// </summary>
public sealed class ReassessmentsModel(IRiskApi risk, TimeProvider time, IStringLocalizer<BackOfficeResource> L, IStringLocalizer<RiskTextResource> texts) : PageModel
{
    public RiskText Texts { get; } = new(texts);
    public const int PageSize = 200;

    public string? Role { get; private set; }
    public string? Band { get; private set; }
    public bool DueOnly { get; private set; }
    public string? DueBefore { get; private set; }
    /// <summary><c>month</c> (default) or <c>week</c>.</summary>
    public string Group { get; private set; } = "month";
    public int PageNumber { get; private set; } = 1;
    public PagedList<ScheduledReassessment> Result { get; private set; } = new([], 1, PageSize, 0);
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(string? role, string? band, bool? dueOnly, string? dueBefore, string? group, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Role = RegistryVocabulary.KnownOrNull(RegistryVocabulary.Roles, role);
        Band = RiskVocabulary.KnownOrNull(RiskVocabulary.Bands, band);
        DueOnly = dueOnly == true;
        DueBefore = string.IsNullOrWhiteSpace(dueBefore) ? null : dueBefore.Trim();
        Group = group == "week" ? "week" : "month";
        PageNumber = Math.Max(1, pageNumber ?? 1);
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        ModelState.Clear();
        try
        {
            Result = await risk.ListReassessments(DueBefore, Role, Band, DueOnly ? true : null, PageNumber, PageSize, ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.BadRequest)
        {
            RegistryCalls.AddProblem(ModelState, e, "", new Dictionary<string, string> { ["dueBefore"] = "dueBefore", ["band"] = "band" },
                new Dictionary<string, string> { ["dueBefore"] = L["Due before"] });
        }
    }

    public string? ErrorFor(string field) => RiskCalls.ErrorFor(ModelState, field);

    /// <summary>Rows by month ("2026-12") or ISO week ("2026-W49"), with a heading that says the period.</summary>
    public IEnumerable<(string Key, string Heading, IReadOnlyList<ScheduledReassessment> Rows)> Groups() =>
        Result.Items.GroupBy(r => Key(r.DueOn)).Select(g => (g.Key, Heading(g.First().DueOn), (IReadOnlyList<ScheduledReassessment>)g.ToList()));

    string Key(DateOnly date) => Group == "week"
        ? $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}"
        : date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    string Heading(DateOnly date)
    {
        // The culture's own year-month pattern: "December 2026", "2026年12月".
        if (Group == "month") return date.ToString(CultureInfo.CurrentCulture.DateTimeFormat.YearMonthPattern, CultureInfo.CurrentCulture);
        var day = date.ToDateTime(TimeOnly.MinValue);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day), DayOfWeek.Monday));
        return L["Week {0} ({1} – {2})", ISOWeek.GetWeekOfYear(day), RiskFormat.Date(monday), RiskFormat.Date(monday.AddDays(6))];
    }

    public string Link(int? page = null, string? group = null) => RiskFormat.Query("/risk/reassessments", ("role", Role), ("band", Band),
        ("dueOnly", DueOnly ? "true" : null), ("dueBefore", DueBefore), ("group", (group ?? Group) == "week" ? "week" : null), ("page", RiskFormat.Number(page ?? 1, 1)));

    public Pager Pager => new(Result.Page, Result.PageSize, Result.Total, p => Link(page: p));
}
