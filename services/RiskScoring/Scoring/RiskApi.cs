using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Screening;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.Standards.Countries;

namespace SupplierDD.RiskScoring.Scoring;

public static class RiskApi
{
    /// <summary>ProblemDetails type of the 404 for a supplier that is known but has no score yet (an unknown supplier has none).</summary>
    public const string NotScoredYetType = "urn:supplierdd:problem:not-scored-yet";

    public static IEndpointRouteBuilder MapRiskApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suppliers/{id:guid}/risk", Get).WithTags("Risk").RequireAuthorization(Policies.Internal)
            .WithSummary("A supplier's score 0–100 and band, each factor's contribution with its evidence, the review and recent changes; the ETag header is its review version");
        app.MapGet("/api/risk", List).WithTags("Risk").RequireAuthorization(Policies.Internal)
            .WithSummary("Scores of all suppliers, highest first")
            .WithDescription("Filters: band (the band in force), role, country (ISO 3166-1), region (ISO 3166-2, the supplier's or a facility's), reviewState (Unreviewed, Approved, Overridden, AwaitingSecondAnalyst); page, pageSize.");
        app.MapGet("/api/risk/stats", Stats).WithTags("Risk").RequireAuthorization(Policies.Internal)
            .WithSummary("Bands by role, country and region; review and screening workload");
        app.MapGet("/api/risk/changes", Changes).WithTags("Risk").RequireAuthorization(Policies.Internal)
            .WithSummary("Score and band changes since a time (default: the last 7 days), newest first; paged");
        app.MapPost("/api/suppliers/{id:guid}/risk/review", RiskReview.Review).WithTags("Risk").RequireAuthorization(Policies.RiskAnalyst)
            .WithSummary("Approve the model's band, or override it with a written justification")
            .WithDescription("action: approve | override | reject-pending. Lowering a Critical band takes two analysts: the first override is recorded as pending (202), "
                + "a second analyst confirms it by sending the same override (200), or rejects it (reject-pending). When the model moves to Critical, an override "
                + "or a pending request stops holding and the review opens again. Requires If-Match with the ETag of the last read: 428 without it, 412 when "
                + "someone else decided first (or the model's band moved). Every decision goes into the audit log.");
        return app;
    }

    static async Task<Results<Ok<SupplierRisk>, ProblemHttpResult>> Get(Guid id, RiskDbContext db, HttpResponse response, CancellationToken ct)
    {
        var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Facilities).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        var score = await db.Scores.AsNoTracking().FirstOrDefaultAsync(s => s.SupplierId == id, ct);
        if (score is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not scored yet.", type: NotScoredYetType,
                detail: $"Supplier {id} is known but has no score yet; scoring follows within seconds of a change.");
        var history = await db.ScoreChanges.AsNoTracking().Where(c => c.SupplierId == id).OrderByDescending(c => c.At).Take(20).ToListAsync(ct);
        response.Headers.ETag = ETags.For(score.ReviewVersion);
        return TypedResults.Ok(SupplierRisk.From(score, supplier, history));
    }

    static async Task<Results<Ok<PagedList<RiskRow>>, ValidationProblem>> List(
        [FromQuery] string? band, [FromQuery] string? role, [FromQuery] string? country, [FromQuery] string? region, [FromQuery] string? reviewState,
        [FromQuery] int? page, [FromQuery] int? pageSize, RiskDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(band) && !Bands.TryNormalize(band, out band)) errors["band"] = [Bands.Expected];
        var countryCode = string.IsNullOrWhiteSpace(country) ? null : Iso3166.NormalizeCountry(country);
        if (!string.IsNullOrWhiteSpace(country) && countryCode is null) errors["country"] = [$"'{country}' is not an ISO 3166-1 alpha-2 country code."];
        var regionCode = string.IsNullOrWhiteSpace(region) ? null : Iso3166.NormalizeRegion(region);
        if (!string.IsNullOrWhiteSpace(region) && regionCode is null) errors["region"] = [$"'{region}' is not an ISO 3166-2 region code (e.g. CN-XJ)."];
        ReviewState? state = null;
        if (!string.IsNullOrWhiteSpace(reviewState))
        {
            if (Enum.TryParse<ReviewState>(reviewState.Trim(), ignoreCase: true, out var parsed)) state = parsed;
            else errors["reviewState"] = ["must be one of Unreviewed, Approved, Overridden, AwaitingSecondAnalyst."];
        }
        if (errors.Count > 0) return Problems.Invalid(errors);

        var query = from s in db.Scores.AsNoTracking() join p in db.Suppliers.AsNoTracking() on s.SupplierId equals p.Id select new { s, p };
        if (band is not null) query = query.Where(x => x.s.Band == band);
        if (state is { } st) query = query.Where(x => x.s.ReviewState == st);
        if (countryCode is not null) query = query.Where(x => x.p.CountryCode == countryCode);
        if (regionCode is not null) query = query.Where(x => x.p.RegionCode == regionCode || x.p.Facilities.Any(f => f.RegionCode == regionCode));
        if (!string.IsNullOrWhiteSpace(role))
        {
            var pattern = $"%|{role.Trim()}|%";
            query = query.Where(x => EF.Functions.Like(x.p.RolesText, pattern));
        }
        var (pg, size) = Paging.Clamp(page, pageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.s.Score).ThenBy(x => x.p.Name).Skip((pg - 1) * size).Take(size)
            .Select(x => new { x.p.Id, x.p.Name, x.p.CountryCode, x.p.RegionCode, x.p.RolesText, x.s.Score, x.s.Band, x.s.ModelBand, x.s.ReviewState, x.s.ChangedAt })
            .ToListAsync(ct);
        var items = rows.Select(r => new RiskRow(r.Id, r.Name, r.CountryCode, r.RegionCode, r.RolesText.Split('|', StringSplitOptions.RemoveEmptyEntries),
            r.Score, r.Band, r.ModelBand, r.ReviewState.ToString(), r.ChangedAt)).ToList();
        return TypedResults.Ok(new PagedList<RiskRow>(items, pg, size, total));
    }

    static async Task<Ok<RiskStats>> Stats(RiskDbContext db, CancellationToken ct)
    {
        var rows = await (from s in db.Scores.AsNoTracking() join p in db.Suppliers.AsNoTracking() on s.SupplierId equals p.Id
                          select new { s.Band, s.ReviewState, p.RolesText, p.CountryCode, p.RegionCode, Facilities = p.Facilities.Select(f => f.RegionCode).ToList() }).ToListAsync(ct);
        static IReadOnlyList<CountBy> By(IEnumerable<(string Key, string Band)> pairs) =>
            pairs.GroupBy(x => x.Key).Select(g => new CountBy(g.Key, g.Count(x => x.Band == "Low"), g.Count(x => x.Band == "Medium"),
                g.Count(x => x.Band == "High"), g.Count(x => x.Band == "Critical"))).OrderByDescending(c => c.Critical).ThenByDescending(c => c.High).ThenBy(c => c.Key).ToList();
        var byRole = By(rows.SelectMany(r => r.RolesText.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(role => (role, r.Band))));
        var byCountry = By(rows.Select(r => (r.CountryCode, r.Band)));
        var byRegion = By(rows.SelectMany(r => r.Facilities.Append(r.RegionCode).Where(x => x is not null).Distinct().Select(x => (x!, r.Band))));
        var openHits = await db.ScreeningHits.CountAsync(h => h.State == HitState.Open, ct);
        return TypedResults.Ok(new RiskStats(rows.Count, Bands.All.ToDictionary(b => b, b => rows.Count(r => r.Band == b)), byRole, byCountry, byRegion,
            rows.Count(r => r.ReviewState == ReviewState.Unreviewed), rows.Count(r => r.ReviewState == ReviewState.AwaitingSecondAnalyst), openHits));
    }

    /// <summary>A change in the feed; <c>Reason</c> in English, <c>ReasonCode</c> and <c>ReasonArgs</c> to say it in another language (null on older rows).</summary>
    public sealed record ChangeRow(Guid SupplierId, string? Name, DateTimeOffset At, double? PreviousScore, double Score, string? PreviousBand, string Band,
        string? Reason = null, string? ReasonCode = null, IReadOnlyDictionary<string, string>? ReasonArgs = null);

    static async Task<Results<Ok<PagedList<ChangeRow>>, ValidationProblem>> Changes([FromQuery] DateTimeOffset? since, [FromQuery] int? page, [FromQuery] int? pageSize,
        RiskDbContext db, TimeProvider time, CancellationToken ct)
    {
        var start = since ?? time.GetUtcNow().AddDays(-7);
        var (pg, size) = Paging.Clamp(page, pageSize);
        var changes = db.ScoreChanges.AsNoTracking().Where(c => c.At >= start);
        var total = await changes.CountAsync(ct);
        var rows = await changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Skip((pg - 1) * size).Take(size).ToListAsync(ct);
        var ids = rows.Select(c => c.SupplierId).Distinct().ToList();
        var names = await db.Suppliers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var items = rows.Select(c =>
        {
            var view = ScoreChangeView.From(c);
            return new ChangeRow(c.SupplierId, names.GetValueOrDefault(c.SupplierId), c.At, c.PreviousScore, c.Score, c.PreviousBand, c.Band,
                view.Reason, view.ReasonCode, view.ReasonArgs);
        }).ToList();
        return TypedResults.Ok(new PagedList<ChangeRow>(items, pg, size, total));
    }
}
