using System.Collections.Concurrent;
using System.Net;
using Refit;
using SupplierDD.ServiceDefaults.Http;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>
/// The risk-scoring service faked at the Refit boundary for page tests: scores, reviews (with the service's rules for
/// justifications and the two-analyst rule on Critical), hits, lists, schedule and audit in memory, and the service's
/// answers for what pages handle (404, 409, validation ProblemDetails). Set <see cref="Down"/> to simulate an outage.
/// </summary>
public sealed partial class FakeRiskApi : IRiskApi
{
    static readonly string[] Bands = ["Low", "Medium", "High", "Critical"];
    readonly ConcurrentDictionary<Guid, SupplierRisk> risks = new();
    readonly ConcurrentDictionary<Guid, bool> notScored = new();

    /// <summary>When true every call fails as if the service were unreachable.</summary>
    public bool Down { get; set; }
    /// <summary>Every call's name, in order.</summary>
    public ConcurrentQueue<string> Calls { get; } = new();
    /// <summary>The arguments of every ListRisk call.</summary>
    public ConcurrentQueue<RiskQuery> RiskQueries { get; } = new();
    /// <summary>Every review request, with the supplier it was for.</summary>
    public ConcurrentQueue<(Guid Id, ReviewRequest Request)> Reviews { get; } = new();
    /// <summary>Score changes <see cref="ListRiskChanges"/> answers with (newest first as given).</summary>
    public List<RiskChange> Changes { get; } = [];
    /// <summary>The <c>since</c> of every ListRiskChanges call.</summary>
    public ConcurrentQueue<string?> ChangeQueries { get; } = new();
    /// <summary>When set, the next review or hit decision answers 409 with this title and detail, then it is cleared.</summary>
    public (string Title, string Detail)? NextConflict { get; set; }
    /// <summary>The user id a pending override is recorded for (the fake does not read the caller's token).</summary>
    public string Reviewer { get; set; } = "another-analyst";

    public sealed record RiskQuery(string? Band, string? Role, string? Country, string? Region, string? ReviewState, int? Page, int? PageSize);

    public SupplierRisk Add(string name, double score = 30, string band = "Medium", IReadOnlyList<string>? roles = null, string country = "CN",
        string? region = "CN-JS", string reviewState = "Unreviewed", IReadOnlyList<FactorContribution>? factors = null, Guid? id = null,
        IReadOnlyList<string>? facilityRegions = null)
    {
        var supplierId = id ?? Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var risk = new SupplierRisk(new RiskSupplier(supplierId, name, null, country, region, roles ?? ["Polysilicon"], "Approved", facilityRegions ?? []),
            score, band, band, "2026.1", factors ?? [new FactorContribution("geography", 0.6, score / 0.6, score, null, [])], now, now, reviewState,
            null, null, null, null, null, [], Version: 1);
        risks[supplierId] = risk;
        return risk;
    }

    public void Set(SupplierRisk risk) => risks[risk.Supplier.Id] = risk;

    public SupplierRisk? Find(Guid id) => risks.GetValueOrDefault(id);

    /// <summary>The service knows the supplier but has not scored it yet.</summary>
    public void MarkNotScored(Guid id) => notScored[id] = true;

    internal async Task Enter(string call)
    {
        Calls.Enqueue(call);
        await Task.Yield();
        if (Down) throw new HttpRequestException("Connection refused (127.0.0.1:5104)");
    }

    public async Task<IApiResponse<SupplierRisk>> GetSupplierRisk(Guid id, CancellationToken ct = default)
    {
        await Enter(nameof(GetSupplierRisk));
        if (risks.TryGetValue(id, out var risk)) return Answer(HttpStatusCode.OK, $"/api/suppliers/{id}/risk", risk);
        var (title, detail) = notScored.ContainsKey(id)
            ? ("Not scored yet.", $"Supplier {id} is known but has no score yet; scoring follows within seconds of a change.")
            : ("Supplier not found.", $"No supplier has id '{id}'.");
        return await Refused<SupplierRisk>(HttpMethod.Get, $"/api/suppliers/{id}/risk", HttpStatusCode.NotFound, title, null, detail);
    }

    public async Task<PagedList<RiskRow>> ListRisk(string? band = null, string? role = null, string? country = null, string? region = null,
        string? reviewState = null, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        await Enter(nameof(ListRisk));
        RiskQueries.Enqueue(new RiskQuery(band, role, country, region, reviewState, page, pageSize));
        if (country is { Length: not 2 })
            throw await FakeRegistry.Problem(HttpMethod.Get, "/api/risk", HttpStatusCode.BadRequest, "One or more validation errors occurred.",
                new() { ["country"] = $"'{country}' is not an ISO 3166-1 alpha-2 country code." });
        var all = risks.Values.Where(r =>
            (band is null || r.Band == band) && (reviewState is null || r.ReviewState == reviewState)
            && (role is null || r.Supplier.Roles.Contains(role)) && (country is null || r.Supplier.CountryCode == country)
            && (region is null || r.Supplier.RegionCode == region || r.Supplier.FacilityRegions.Contains(region)))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Supplier.Name, StringComparer.Ordinal).ToList();
        var (p, size) = (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, 500));
        return new PagedList<RiskRow>(all.Skip((p - 1) * size).Take(size).Select(r => new RiskRow(r.Supplier.Id, r.Supplier.Name, r.Supplier.CountryCode,
            r.Supplier.RegionCode, r.Supplier.Roles, r.Score, r.Band, r.ModelBand, r.ReviewState, r.ChangedAt)).ToList(), p, size, all.Count);
    }

    public async Task<RiskStats> GetRiskStats(CancellationToken ct = default)
    {
        await Enter(nameof(GetRiskStats));
        var all = risks.Values.ToList();
        static IReadOnlyList<BandCounts> By(IEnumerable<(string Key, string Band)> pairs) => pairs.GroupBy(p => p.Key)
            .Select(g => new BandCounts(g.Key, g.Count(x => x.Band == "Low"), g.Count(x => x.Band == "Medium"), g.Count(x => x.Band == "High"), g.Count(x => x.Band == "Critical")))
            .OrderByDescending(c => c.Critical).ThenByDescending(c => c.High).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new RiskStats(all.Count, Bands.ToDictionary(b => b, b => all.Count(r => r.Band == b)),
            By(all.SelectMany(r => r.Supplier.Roles.Select(role => (role, r.Band)))),
            By(all.Select(r => (r.Supplier.CountryCode, r.Band))),
            By(all.SelectMany(r => r.Supplier.FacilityRegions.Append(r.Supplier.RegionCode).OfType<string>().Distinct().Select(x => (x, r.Band)))),
            all.Count(r => r.ReviewState == "Unreviewed"), all.Count(r => r.ReviewState == "AwaitingSecondAnalyst"), hits.Values.Count(h => h.State == "Open"));
    }

    public async Task<PagedList<RiskChange>> ListRiskChanges(string? since = null, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        await Enter(nameof(ListRiskChanges));
        ChangeQueries.Enqueue(since);
        var size = pageSize ?? 50;
        return new PagedList<RiskChange>(Changes.Take(size).ToList(), page ?? 1, size, Changes.Count);
    }

    /// <summary>Someone else decides meanwhile: the version a page read goes stale.</summary>
    public void DecideElsewhere(Guid supplierId) => risks[supplierId] = risks[supplierId] with { Version = risks[supplierId].Version + 1 };

    /// <summary>The If-Match of every review, in order.</summary>
    public ConcurrentQueue<string> ReviewVersions { get; } = new();

    public async Task<IApiResponse<SupplierRisk>> Review(Guid id, ReviewRequest review, string ifMatch, CancellationToken ct = default)
    {
        await Enter(nameof(Review));
        Reviews.Enqueue((id, review));
        ReviewVersions.Enqueue(ifMatch);
        var path = $"/api/suppliers/{id}/risk/review";
        string? Invalid() => review.Action switch
        {
            not ("approve" or "override" or "reject-pending") => "action:must be approve, override or reject-pending.",
            "override" when !Bands.Contains(review.Band) => "band:is required to override: must be one of Low, Medium, High, Critical.",
            not "approve" when (review.Justification?.Length ?? 0) < 20 => $"justification:is required for {review.Action}: at least 20 characters saying why, for the audit log.",
            _ => null,
        };
        if (Invalid() is { } error)
            return await Refused<SupplierRisk>(HttpMethod.Post, path, HttpStatusCode.BadRequest, "One or more validation errors occurred.",
                new() { [error[..error.IndexOf(':')]] = error[(error.IndexOf(':') + 1)..] });
        if (NextConflict is { } conflict)
        {
            NextConflict = null;
            return await Refused<SupplierRisk>(HttpMethod.Post, path, HttpStatusCode.Conflict, conflict.Title, null, conflict.Detail);
        }
        if (!risks.TryGetValue(id, out var risk))
            return await Refused<SupplierRisk>(HttpMethod.Post, path, HttpStatusCode.NotFound, "Score of supplier not found.", null);
        if (ifMatch != ETag.For(risk.Version))
            return await Refused<SupplierRisk>(HttpMethod.Post, path, HttpStatusCode.PreconditionFailed, "The resource changed since you read it.", null,
                $"If-Match did not match the current ETag {ETag.For(risk.Version)}. Read it again, re-apply your change and retry.");
        var now = DateTimeOffset.UtcNow;
        if (review.Action == "override" && risk.Band == "Critical" && review.Band != "Critical" && risk.Pending is null)
        {
            risks[id] = risk = risk with { ReviewState = "AwaitingSecondAnalyst", Pending = new PendingOverride(review.Band!, Reviewer, review.Justification!, now), Version = risk.Version + 1 };
            return Answer(HttpStatusCode.Accepted, path, risk);
        }
        risk = review.Action switch
        {
            "approve" => risk with { Band = risk.ModelBand, OverrideBand = null, ReviewState = "Approved", Pending = null },
            "reject-pending" => risk with { Pending = null, ReviewState = risk.OverrideBand is null ? "Unreviewed" : "Overridden" },
            _ => risk with { Band = review.Band!, OverrideBand = review.Band, ReviewState = review.Band == risk.ModelBand ? "Approved" : "Overridden", Pending = null },
        };
        risks[id] = risk = risk with { Justification = review.Justification, ReviewedBy = Reviewer, ReviewedAt = now, Version = risk.Version + 1 };
        return Answer(HttpStatusCode.OK, path, risk);
    }

    static ApiResponse<T> Answer<T>(HttpStatusCode status, string path, T content) =>
        new(new HttpResponseMessage(status) { RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://risk.test" + path) }, content, ServiceClientExtensions.Settings);

    /// <summary>An <see cref="IApiResponse{T}"/> carrying the service's ProblemDetails, as Refit returns it.</summary>
    static async Task<IApiResponse<T>> Refused<T>(HttpMethod method, string path, HttpStatusCode status, string title, Dictionary<string, string>? errors, string? detail = null)
    {
        var error = await FakeRegistry.Problem(method, path, status, title, errors, detail);
        var response = new HttpResponseMessage(status) { RequestMessage = new HttpRequestMessage(method, "http://risk.test" + path) };
        return new ApiResponse<T>(response, default, ServiceClientExtensions.Settings, error);
    }
}
