using Refit;

namespace SupplierDD.Web.Clients;

/// <summary>
/// The risk-scoring service (services/RiskScoring) as the back-office calls it: scores and reviews, screening hits,
/// entity lists, the re-assessment schedule and the audit log. Every call carries a token minted for the signed-in user
/// (<see cref="Auth.ServiceTokenHandler"/>), so the service applies its own role rules (reviews and hit decisions need
/// risk-analyst or admin, list imports admin). Errors arrive as <see cref="ApiException"/> with ProblemDetails.
/// </summary>
public interface IRiskApi
{
    /// <summary>404 both for an unknown supplier and for one not scored yet (<see cref="BackOffice.RiskCalls.IsNotScoredYet"/>).</summary>
    [Get("/api/suppliers/{id}/risk")]
    Task<IApiResponse<SupplierRisk>> GetSupplierRisk(Guid id, CancellationToken ct = default);

    /// <summary>Highest score first. <paramref name="band"/> is the band in force; <paramref name="region"/> also matches facilities.</summary>
    [Get("/api/risk")]
    Task<PagedList<RiskRow>> ListRisk(string? band = null, string? role = null, string? country = null, string? region = null,
        string? reviewState = null, int? page = null, int? pageSize = null, CancellationToken ct = default);

    [Get("/api/risk/stats")]
    Task<RiskStats> GetRiskStats(CancellationToken ct = default);

    /// <summary>Score and band changes since <paramref name="since"/> (ISO 8601; the service's default is the last 7 days), newest first.</summary>
    [Get("/api/risk/changes")]
    Task<PagedList<RiskChange>> ListRiskChanges(string? since = null, int? page = null, int? pageSize = null, CancellationToken ct = default);

    /// <summary>
    /// 200 when the decision is in force; 202 when an override of a Critical band waits for a second analyst.
    /// <paramref name="ifMatch"/> is the version read (<see cref="ETag.For"/>): 412 when someone decided meanwhile.
    /// </summary>
    [Post("/api/suppliers/{id}/risk/review")]
    Task<IApiResponse<SupplierRisk>> Review(Guid id, [Body] ReviewRequest review, [Header("If-Match")] string ifMatch, CancellationToken ct = default);

    /// <summary>Every hit of one supplier, open and decided, newest first.</summary>
    [Get("/api/suppliers/{id}/screening")]
    Task<IReadOnlyList<ScreeningHit>> GetSupplierScreening(Guid id, CancellationToken ct = default);

    /// <summary>The hit queue: one state (the service's default is Open), best score first.</summary>
    [Get("/api/screening/hits")]
    Task<PagedList<ScreeningHit>> ListHits(string? state = null, string? list = null, int? page = null, int? pageSize = null, CancellationToken ct = default);

    /// <summary>
    /// 200 when the decision is in force; 202 when the dismissal of a confirmed hit waits for a second analyst.
    /// <paramref name="ifMatch"/> is the hit's version (<see cref="ETag.For"/>): 412 when someone decided meanwhile.
    /// </summary>
    [Post("/api/screening/hits/{id}/decision")]
    Task<IApiResponse<ScreeningHit>> DecideHit(Guid id, [Body] HitDecisionRequest decision, [Header("If-Match")] string ifMatch, CancellationToken ct = default);

    /// <summary>Screens up to 100 names without storing anything.</summary>
    [Post("/api/screening/check")]
    Task<CheckResponse> Check([Body] CheckRequest request, CancellationToken ct = default);

    [Get("/api/entity-lists")]
    Task<IReadOnlyList<EntityListSummary>> ListEntityLists(CancellationToken ct = default);

    /// <summary>The entries of the current version, or of <paramref name="version"/>.</summary>
    [Get("/api/entity-lists/{list}")]
    Task<IReadOnlyList<ListedEntry>> GetEntityList(string list, int? version = null, CancellationToken ct = default);

    /// <summary>Admin only. A file with any bad row is refused whole, with every problem keyed like <c>row 7: name</c>.</summary>
    [Multipart]
    [Post("/api/entity-lists")]
    Task<EntityListImport> ImportEntityLists([AliasAs("file")] StreamPart file, CancellationToken ct = default);

    /// <summary>Soonest first. <paramref name="dueBefore"/> as yyyy-MM-dd.</summary>
    [Get("/api/reassessments")]
    Task<PagedList<ScheduledReassessment>> ListReassessments(string? dueBefore = null, string? role = null, string? band = null, bool? dueOnly = null,
        int? page = null, int? pageSize = null, CancellationToken ct = default);

    /// <summary>Risk analysts and admins only. Newest first; <paramref name="subject"/> such as <c>supplier/{id}</c>.</summary>
    [Get("/api/audit")]
    Task<PagedList<AuditEntry>> ListAudit(string? subject = null, int? page = null, int? pageSize = null, CancellationToken ct = default);

    [Get("/api/audit/verify")]
    Task<AuditVerification> VerifyAudit(CancellationToken ct = default);
}

/// <summary>The risk service's versions as If-Match values.</summary>
public static class ETag
{
    public static string For(int version) => $"\"{version}\"";
}
