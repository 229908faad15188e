using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Reassessment;

public static class ReassessmentsApi
{
    public static IEndpointRouteBuilder MapReassessmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reassessments", List).WithTags("Re-assessment").RequireAuthorization(Policies.Internal)
            .WithSummary("Who is due for re-assessment when, and why")
            .WithDescription("Suppliers with a configured role (Reassessment:Roles), soonest first: band, interval, the date the interval counts from and its basis, the due date. "
                + "Filters: dueBefore (yyyy-MM-dd), role, band, dueOnly=true; paged.");
        return app;
    }

    static async Task<Results<Ok<PagedList<ScheduledReassessment>>, ValidationProblem>> List(
        [FromQuery] string? dueBefore, [FromQuery] string? role, [FromQuery] string? band, [FromQuery] bool? dueOnly, [FromQuery] int? page, [FromQuery] int? pageSize,
        RiskDbContext db, IOptions<ReassessmentOptions> options, TimeProvider time, CancellationToken ct)
    {
        DateOnly? before = null;
        if (!string.IsNullOrWhiteSpace(dueBefore))
        {
            if (!DateOnly.TryParseExact(dueBefore.Trim(), "yyyy-MM-dd", out var date)) return Problems.Invalid("dueBefore", $"'{dueBefore}' is not a date like 2026-12-31.");
            before = date;
        }
        if (!string.IsNullOrWhiteSpace(band) && !Bands.TryNormalize(band, out band)) return Problems.Invalid("band", Bands.Expected);

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        IEnumerable<ScheduledReassessment> items = await ReassessmentSchedule.ComputeAsync(db, options.Value, today, ct);
        if (before is { } b) items = items.Where(i => i.DueOn < b);
        if (!string.IsNullOrWhiteSpace(role)) items = items.Where(i => i.Roles.Contains(role.Trim(), StringComparer.OrdinalIgnoreCase));
        if (band is not null) items = items.Where(i => i.Band == band);
        if (dueOnly == true) items = items.Where(i => i.Due);
        var list = items.ToList();
        var (p, size) = Paging.Clamp(page, pageSize);
        return TypedResults.Ok(new PagedList<ScheduledReassessment>(list.Skip((p - 1) * size).Take(size).ToList(), p, size, list.Count));
    }
}
