using System.Collections.Concurrent;
using System.Net;
using Refit;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Tests.Infrastructure;

// Screening, entity lists, the re-assessment schedule and the audit log of the fake risk service.
public sealed partial class FakeRiskApi
{
    readonly ConcurrentDictionary<Guid, ScreeningHit> hits = new();

    /// <summary>The lists <see cref="ListEntityLists"/> answers with.</summary>
    public List<EntityListSummary> Lists { get; } = [];
    /// <summary>Entries per list name.</summary>
    public Dictionary<string, List<ListedEntry>> Entries { get; } = [];
    /// <summary>Errors (key → message) the next list import answers with, then cleared; keys like "row 7: name".</summary>
    public Dictionary<string, string>? NextImportErrors { get; set; }
    /// <summary>The file names and contents imported.</summary>
    public ConcurrentQueue<(string FileName, string Content)> Imports { get; } = new();
    /// <summary>Every check request.</summary>
    public ConcurrentQueue<CheckRequest> Checks { get; } = new();
    /// <summary>The schedule <see cref="ListReassessments"/> filters.</summary>
    public List<ScheduledReassessment> Schedule { get; } = [];
    /// <summary>The arguments of every ListReassessments call.</summary>
    public ConcurrentQueue<(string? DueBefore, string? Role, string? Band, bool? DueOnly)> ScheduleQueries { get; } = new();
    /// <summary>The audit log, newest first.</summary>
    public List<AuditEntry> Audit { get; } = [];
    /// <summary>What <see cref="VerifyAudit"/> answers.</summary>
    public AuditVerification Verification { get; set; } = new(true, 0, null, null, null);

    public ScreeningHit AddHit(Guid supplierId, string supplierName, string listedName, string state = "Open", double score = 0.93,
        IReadOnlyList<string>? supplierNames = null, IReadOnlyList<string>? aliases = null, IReadOnlyList<TokenPair>? tokens = null, string list = "US-UFLPA")
    {
        var now = DateTimeOffset.UtcNow;
        var hit = new ScreeningHit(Guid.NewGuid(), supplierId, supplierName, supplierNames ?? [supplierName], list, 3, listedName,
            new ListedEntity(listedName, aliases ?? [], "CN", "Section 2(d)(2)(B)(ii)", new DateOnly(2023, 6, 9), "https://www.dhs.gov/uflpa-entity-list"),
            supplierName, listedName, score, tokens ?? [], state, now, now, null, null, null, Version: 1);
        hits[hit.Id] = hit;
        return hit;
    }

    public ScreeningHit? FindHit(Guid id) => hits.GetValueOrDefault(id);

    public async Task<IReadOnlyList<ScreeningHit>> GetSupplierScreening(Guid id, CancellationToken ct = default)
    {
        await Enter(nameof(GetSupplierScreening));
        if (!risks.ContainsKey(id) && hits.Values.All(h => h.SupplierId != id))
            throw await FakeRegistry.Problem(HttpMethod.Get, $"/api/suppliers/{id}/screening", HttpStatusCode.NotFound, "Supplier not found.", null);
        return hits.Values.Where(h => h.SupplierId == id).OrderByDescending(h => h.FoundAt).ToList();
    }

    public async Task<PagedList<ScreeningHit>> ListHits(string? state = null, string? list = null, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        await Enter(nameof(ListHits));
        var all = hits.Values.Where(h => h.State == (state ?? "Open") && (list is null || h.List == list)).OrderByDescending(h => h.Score).ToList();
        var (p, size) = (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, 500));
        return new PagedList<ScreeningHit>(all.Skip((p - 1) * size).Take(size).ToList(), p, size, all.Count);
    }

    /// <summary>Someone else decides the hit meanwhile: the version a page read goes stale.</summary>
    public void DecideHitElsewhere(Guid hitId) => hits[hitId] = hits[hitId] with { Version = hits[hitId].Version + 1 };

    /// <summary>
    /// As the service decides: If-Match must be the hit's version (412 otherwise); dismissing a confirmed hit waits for a
    /// second analyst (202), and the same analyst again is a 409.
    /// </summary>
    public async Task<IApiResponse<ScreeningHit>> DecideHit(Guid id, HitDecisionRequest decision, string ifMatch, CancellationToken ct = default)
    {
        await Enter(nameof(DecideHit));
        var path = $"/api/screening/hits/{id}/decision";
        if (decision.Decision is not ("confirm" or "dismiss"))
            return await Refused<ScreeningHit>(HttpMethod.Post, path, HttpStatusCode.BadRequest, "Invalid", new() { ["decision"] = "must be confirm or dismiss." });
        if (decision.Decision == "dismiss" && string.IsNullOrWhiteSpace(decision.Note))
            return await Refused<ScreeningHit>(HttpMethod.Post, path, HttpStatusCode.BadRequest, "Invalid",
                new() { ["note"] = "is required to dismiss a hit: say why the supplier is not the listed entity." });
        if (NextConflict is { } conflict)
        {
            NextConflict = null;
            return await Refused<ScreeningHit>(HttpMethod.Post, path, HttpStatusCode.Conflict, conflict.Title, null, conflict.Detail);
        }
        if (!hits.TryGetValue(id, out var hit))
            return await Refused<ScreeningHit>(HttpMethod.Post, path, HttpStatusCode.NotFound, "Screening hit not found.", null);
        if (ifMatch != ETag.For(hit.Version))
            return await Refused<ScreeningHit>(HttpMethod.Post, path, HttpStatusCode.PreconditionFailed, "The resource changed since you read it.", null,
                $"If-Match did not match the current ETag {ETag.For(hit.Version)}. Read it again, re-apply your change and retry.");
        var now = DateTimeOffset.UtcNow;
        if (decision.Decision == "dismiss" && hit.State == "Confirmed")
        {
            if (hit.PendingReversal is null)
            {
                hits[id] = hit = hit with { PendingReversal = new PendingReversal(Reviewer, decision.Note!, now), Version = hit.Version + 1 };
                return Answer(HttpStatusCode.Accepted, path, hit);
            }
            if (hit.PendingReversal.By == Reviewer)
                return await Refused<ScreeningHit>(HttpMethod.Post, path, HttpStatusCode.Conflict, "A second analyst must agree.", null,
                    "You asked to dismiss this confirmed hit; another analyst has to send the dismissal too before the confirmation is undone.");
        }
        hits[id] = hit = hit with
        {
            State = decision.Decision == "confirm" ? "Confirmed" : "Dismissed", DecidedBy = Reviewer, DecidedAt = now, DecisionNote = decision.Note,
            PendingReversal = null, Version = hit.Version + 1,
        };
        return Answer(HttpStatusCode.OK, path, hit);
    }

    /// <summary>Matches a name to every hit's listed name that shares a word with it (enough for page tests).</summary>
    public async Task<CheckResponse> Check(CheckRequest request, CancellationToken ct = default)
    {
        await Enter(nameof(Check));
        Checks.Enqueue(request);
        if (request.Names.Count > 100)
            throw await FakeRegistry.Problem(HttpMethod.Post, "/api/screening/check", HttpStatusCode.BadRequest, "Invalid",
                new() { ["names"] = $"at most 100 names per request; got {request.Names.Count}." });
        if (request.Country is { Length: not 2 })
            throw await FakeRegistry.Problem(HttpMethod.Post, "/api/screening/check", HttpStatusCode.BadRequest, "Invalid",
                new() { ["country"] = $"'{request.Country}' is not an ISO 3166-1 alpha-2 country code." });
        var results = request.Names.Select(name => new CheckResult(name, hits.Values
            .Where(h => h.ListedName.Split(' ').Intersect(name.Split(' '), StringComparer.OrdinalIgnoreCase).Any())
            .Select(h => new CheckMatch(h.List, h.ListVersion, h.EntityName, h.ListedName, false, h.Score, h.Tokens, [], [], h.Listed!)).ToList())).ToList();
        return new CheckResponse(0.85, new Dictionary<string, int> { ["US-UFLPA"] = 3 }, results);
    }

    public async Task<IReadOnlyList<EntityListSummary>> ListEntityLists(CancellationToken ct = default)
    {
        await Enter(nameof(ListEntityLists));
        return Lists;
    }

    public async Task<IReadOnlyList<ListedEntry>> GetEntityList(string list, int? version = null, CancellationToken ct = default)
    {
        await Enter(nameof(GetEntityList));
        return Entries.TryGetValue(list, out var entries) ? entries
            : throw await FakeRegistry.Problem(HttpMethod.Get, $"/api/entity-lists/{list}", HttpStatusCode.NotFound, "Entity list not found.", null);
    }

    public async Task<EntityListImport> ImportEntityLists(StreamPart file, CancellationToken ct = default)
    {
        await Enter(nameof(ImportEntityLists));
        using var reader = new StreamReader(file.Value);
        Imports.Enqueue((file.FileName, await reader.ReadToEndAsync(ct)));
        if (NextImportErrors is { } errors)
        {
            NextImportErrors = null;
            throw await FakeRegistry.Problem(HttpMethod.Post, "/api/entity-lists", HttpStatusCode.BadRequest, "One or more validation errors occurred.", errors);
        }
        var version = new EntityListVersion(Guid.NewGuid(), "US-UFLPA", Lists.Count + 4, DateTimeOffset.UtcNow, Reviewer, file.FileName, "hash", 2, 1, 0, 0, null);
        return new EntityListImport([version]);
    }

    public async Task<PagedList<ScheduledReassessment>> ListReassessments(string? dueBefore = null, string? role = null, string? band = null, bool? dueOnly = null,
        int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        await Enter(nameof(ListReassessments));
        ScheduleQueries.Enqueue((dueBefore, role, band, dueOnly));
        var all = Schedule.Where(s => (role is null || s.Roles.Contains(role)) && (band is null || s.Band == band) && (dueOnly != true || s.Due)).ToList();
        var (p, size) = (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, 500));
        return new PagedList<ScheduledReassessment>(all.Skip((p - 1) * size).Take(size).ToList(), p, size, all.Count);
    }

    public async Task<PagedList<AuditEntry>> ListAudit(string? subject = null, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        await Enter(nameof(ListAudit));
        var all = Audit.Where(e => subject is null || e.Subject == subject).ToList();
        var (p, size) = (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, 500));
        return new PagedList<AuditEntry>(all.Skip((p - 1) * size).Take(size).ToList(), p, size, all.Count);
    }

    public async Task<AuditVerification> VerifyAudit(CancellationToken ct = default)
    {
        await Enter(nameof(VerifyAudit));
        return Verification;
    }
}
