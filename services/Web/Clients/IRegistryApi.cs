using Refit;

namespace SupplierDD.Web.Clients;

/// <summary>
/// The supplier registry (services/SupplierRegistry) as the Web app calls it. Every call carries a
/// token minted for the signed-in user (<see cref="Auth.ServiceTokenHandler"/>); errors arrive as
/// <see cref="ApiException"/> with the registry's ProblemDetails (see <see cref="ServiceProblems"/>).
/// </summary>
public interface IRegistryApi
{
    [Get("/api/suppliers")]
    Task<PagedList<SupplierSummary>> ListSuppliers(
        string? search = null, string? role = null, string? country = null, string? region = null, string? status = null,
        string? sort = null, int? page = null, int? pageSize = null, CancellationToken ct = default);

    [Get("/api/suppliers/stats")]
    Task<SupplierStats> GetStats(CancellationToken ct = default);

    /// <summary>The response's ETag header is the version a later PUT must send as If-Match.</summary>
    [Get("/api/suppliers/{id}")]
    Task<IApiResponse<SupplierDetails>> GetSupplier(Guid id, CancellationToken ct = default);

    [Post("/api/suppliers")]
    Task<SupplierDetails> CreateSupplier([Body] SupplierRequest supplier, CancellationToken ct = default);

    [Put("/api/suppliers/{id}")]
    Task<SupplierDetails> UpdateSupplier(Guid id, [Body] SupplierRequest supplier, [Header("If-Match")] string ifMatch, CancellationToken ct = default);

    /// <summary>If-Match is the supplier's ETag as read (required: 428 without, 412 when someone else changed it since).</summary>
    [Post("/api/suppliers/{id}/status")]
    Task<SupplierDetails> ChangeStatus(Guid id, [Body] StatusChangeRequest change, [Header("If-Match")] string? ifMatch, CancellationToken ct = default);

    [Get("/api/suppliers/duplicates")]
    Task<IReadOnlyList<PossibleDuplicate>> FindDuplicates(string name, string country, CancellationToken ct = default);

    [Get("/api/suppliers/{id}/facilities")]
    Task<IReadOnlyList<Facility>> ListFacilities(Guid id, CancellationToken ct = default);

    /// <summary>If-Match (the supplier's ETag) is optional for an add; when sent, a stale one is a 412.</summary>
    [Post("/api/suppliers/{id}/facilities")]
    Task<Facility> AddFacility(Guid id, [Body] FacilityRequest facility, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    /// <summary>If-Match is the downstream supplier's ETag: optional for a new link, required to change an existing link's share.</summary>
    [Post("/api/suppliers/{id}/upstream")]
    Task<SupplyLink> AddUpstream(Guid id, [Body] SupplyLinkRequest link, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    /// <summary>If-Match is the downstream supplier's ETag as read (required).</summary>
    [Delete("/api/suppliers/{id}/upstream/{upstreamId}")]
    Task RemoveUpstream(Guid id, Guid upstreamId, [Header("If-Match")] string? ifMatch, string? material = null, CancellationToken ct = default);

    [Get("/api/suppliers/{id}/upstream")]
    Task<TraceResponse> TraceUpstream(Guid id, int? depth = null, CancellationToken ct = default);

    [Get("/api/suppliers/{id}/downstream")]
    Task<TraceResponse> TraceDownstream(Guid id, int? depth = null, CancellationToken ct = default);

    [Multipart]
    [Post("/api/suppliers/import")]
    Task<ImportJob> ImportSuppliers([AliasAs("file")] StreamPart file, CancellationToken ct = default);

    [Multipart]
    [Post("/api/supply-links/import")]
    Task<ImportJob> ImportSupplyLinks([AliasAs("file")] StreamPart file, CancellationToken ct = default);

    [Get("/api/imports/{id}")]
    Task<ImportJob> GetImport(Guid id, CancellationToken ct = default);

    /// <summary>The row errors as CSV (row, column, message).</summary>
    [Get("/api/imports/{id}/errors.csv")]
    Task<HttpResponseMessage> GetImportErrorReport(Guid id, CancellationToken ct = default);
}
