using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Screening.Matching;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Screening;

public static class ScreeningApi
{
    public const int MaxCheckNames = 100;

    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suppliers/{id:guid}/screening", ForSupplier).WithTags("Screening").RequireAuthorization(Policies.Internal)
            .WithSummary("A supplier's entity-list hits, open and decided, newest first, with both sides' names");
        app.MapGet("/api/screening/hits", Queue).WithTags("Screening").RequireAuthorization(Policies.Internal)
            .WithSummary("Hits across suppliers (the review queue): filter by state (default Open) and list; paged, best score first");
        app.MapPost("/api/screening/hits/{id:guid}/decision", Decide).WithTags("Screening").RequireAuthorization(Policies.RiskAnalyst)
            .WithSummary("Confirm a hit (the supplier is treated as listed) or dismiss it with a note")
            .WithDescription("decision: confirm | dismiss; note is required to dismiss. A dismissal holds for this supplier and entity while both sides' names stay the same. "
                + "Dismissing a confirmed hit takes two analysts: the first request is recorded as pending (202) and the hit stays confirmed; a different analyst's "
                + "dismissal completes it (200); the same analyst again is a 409; a confirm withdraws the pending request. Requires If-Match with the hit's version "
                + "(its ETag): 428 without it, 412 when someone else decided first. Every step is recorded in the audit log.");
        app.MapPost("/api/screening/check", Check).WithTags("Screening").RequireAuthorization(Policies.Internal)
            .WithSummary($"Screens up to {MaxCheckNames} names against the current lists, without storing anything")
            .WithDescription("country (ISO 3166-1 alpha-2, optional) lowers matches with entities listed in another country. Each match lists the tokens that matched.");
        return app;
    }

    static async Task<Results<Ok<IReadOnlyList<HitView>>, ProblemHttpResult>> ForSupplier(Guid id, RiskDbContext db, CancellationToken ct)
    {
        var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        var hits = await db.ScreeningHits.AsNoTracking().Where(h => h.SupplierId == id).ToListAsync(ct);
        var entries = await EntriesAsync(db, hits, ct);
        var names = supplier.AllNames();
        return TypedResults.Ok<IReadOnlyList<HitView>>(hits.OrderByDescending(h => h.FoundAt)
            .Select(h => HitView.From(h, entries.GetValueOrDefault(h.ListedEntryId), supplier.Name, names)).ToList());
    }

    static async Task<Results<Ok<PagedList<HitView>>, ValidationProblem>> Queue(string? state, string? list, int? page, int? pageSize, RiskDbContext db, CancellationToken ct)
    {
        var wanted = HitState.Open;
        if (!string.IsNullOrWhiteSpace(state) && !Enum.TryParse(state.Trim(), ignoreCase: true, out wanted))
            return Problems.Invalid("state", "must be one of Open, Confirmed, Dismissed, Withdrawn.");
        var (p, size) = Paging.Clamp(page, pageSize);
        var query = db.ScreeningHits.AsNoTracking().Where(h => h.State == wanted);
        if (!string.IsNullOrWhiteSpace(list)) query = query.Where(h => h.List == list.Trim());
        var total = await query.CountAsync(ct);
        var hits = await query.OrderByDescending(h => h.Score).ThenBy(h => h.FoundAt).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        var entries = await EntriesAsync(db, hits, ct);
        var supplierIds = hits.Select(h => h.SupplierId).Distinct().ToList();
        var suppliers = await db.Suppliers.AsNoTracking().Include(s => s.Aliases).Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var items = hits.Select(h => suppliers.TryGetValue(h.SupplierId, out var s)
            ? HitView.From(h, entries.GetValueOrDefault(h.ListedEntryId), s.Name, s.AllNames())
            : HitView.From(h, entries.GetValueOrDefault(h.ListedEntryId), null, [])).ToList();
        return TypedResults.Ok(new PagedList<HitView>(items, p, size, total));
    }

    static async Task<Results<Ok<HitView>, Accepted<HitView>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, DecisionRequest request, RiskDbContext db, ClaimsPrincipal user, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var decision = request.Decision?.Trim().ToLowerInvariant();
        var note = request.Note?.Trim();
        if (decision is not ("confirm" or "dismiss")) return Problems.Invalid("decision", "must be confirm or dismiss.");
        if (decision == "dismiss" && string.IsNullOrEmpty(note)) return Problems.Invalid("note", "is required to dismiss a hit: say why the supplier is not the listed entity.");
        if (note?.Length > 2000) return Problems.Invalid("note", "is longer than 2000 characters.");

        var hit = await db.ScreeningHits.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (hit is null) return Problems.NotFound("Screening hit", id);
        if (!ETags.TryParseIfMatch(http.Request, out var expected)) return Problems.PreconditionRequired();
        if (expected != hit.Version) return Problems.PreconditionFailed(ETags.For(hit.Version));
        if (hit.State == HitState.Withdrawn)
            return Problems.Conflict("This hit was withdrawn.", "The supplier's names no longer match this entity; there is nothing to decide.");

        var outcome = await HitDecision.ApplyAsync(db, hit, decision, note, user.UserId(), time.GetUtcNow(), ct);
        if (outcome.Problem is not null) return outcome.Problem;
        try
        {
            await AuditLog.SaveChangesAsync(db, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another analyst (or a re-screen) changed the hit between our read and our write: theirs stands.
            db.ChangeTracker.Clear();
            var current = await db.ScreeningHits.AsNoTracking().Where(h => h.Id == id).Select(h => h.Version).FirstOrDefaultAsync(ct);
            return Problems.PreconditionFailed(ETags.For(current));
        }

        var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Id == hit.SupplierId, ct);
        var entry = await db.ListedEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == hit.ListedEntryId, ct);
        var view = HitView.From(hit, entry, supplier?.Name, supplier?.AllNames() ?? []);
        http.Response.Headers.ETag = ETags.For(hit.Version);
        return outcome.Pending ? TypedResults.Accepted($"/api/suppliers/{hit.SupplierId}/screening", view) : TypedResults.Ok(view);
    }

    static async Task<Results<Ok<CheckResponse>, ValidationProblem>> Check(CheckRequest request, RiskDbContext db, ScreeningIndexCache cache, IOptions<MatchingOptions> options, CancellationToken ct)
    {
        var names = request.Names ?? [];
        if (names.Count == 0) return Problems.Invalid("names", "give at least one name to screen.");
        if (names.Count > MaxCheckNames) return Problems.Invalid("names", $"at most {MaxCheckNames} names per request; got {names.Count}.");
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i])) errors[$"names[{i}]"] = ["is empty."];
            else if (names[i]!.Length > 300) errors[$"names[{i}]"] = ["is longer than 300 characters."];
        }
        string? country = null;
        if (!string.IsNullOrWhiteSpace(request.Country))
        {
            country = Standards.Countries.Iso3166.NormalizeCountry(request.Country);
            if (country is null) errors["country"] = [$"'{request.Country}' is not an ISO 3166-1 alpha-2 country code."];
        }
        if (errors.Count > 0) return Problems.Invalid(errors);

        var lists = await cache.GetAsync(db, ct);
        var results = names.Select(name =>
        {
            var matches = lists.Index.Match([name!.Trim()], country)
                .Where(m => lists.Entries.ContainsKey(m.EntityId))
                .Select(m =>
                {
                    var entry = lists.Entries[m.EntityId];
                    return new CheckMatch(entry.List, lists.Versions[entry.List].Number, entry.Name, m.ListedName, m.ListedNameIsAlias, Math.Round(m.Score, 4),
                        m.Tokens.Select(t => new TokenPair(t.QueryToken, t.ListedToken, Math.Round(t.Similarity, 3), t.Kind.ToString(), t.QuerySource, t.ListedSource)).ToList(),
                        m.UnmatchedQueryTokens, m.UnmatchedListedTokens, ListedEntityView.From(entry)!);
                }).ToList();
            return new CheckResult(name!, matches);
        }).ToList();
        return TypedResults.Ok(new CheckResponse(options.Value.Threshold, lists.Versions.ToDictionary(v => v.Key, v => v.Value.Number), results));
    }

    static async Task<Dictionary<Guid, EntityLists.ListedEntry>> EntriesAsync(RiskDbContext db, IEnumerable<ScreeningHit> hits, CancellationToken ct)
    {
        var ids = hits.Select(h => h.ListedEntryId).Distinct().ToList();
        return await db.ListedEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
    }
}
