using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Refit;
using SupplierDD.ServiceDefaults.Http;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>
/// The registry faked at the Refit boundary for page tests: suppliers, facilities, links and imports in memory,
/// with the registry's answers for the cases pages handle (404, 412, validation ProblemDetails). Tests that need
/// the registry's real rules use <see cref="RealRegistry"/>. Set <see cref="Down"/> to simulate an outage.
/// </summary>
public sealed partial class FakeRegistry : IRegistryApi
{
    readonly ConcurrentDictionary<Guid, SupplierDetails> suppliers = new();
    readonly ConcurrentDictionary<Guid, SupplyLink> links = new();
    readonly ConcurrentDictionary<Guid, ImportJob> imports = new();

    /// <summary>When true every call fails as if the registry were unreachable.</summary>
    public bool Down { get; set; }
    /// <summary>Validation errors the next create/update answers with (field → message), then cleared.</summary>
    public Dictionary<string, string>? NextValidationErrors { get; set; }
    /// <summary>Every call's name, in order, for assertions.</summary>
    public ConcurrentQueue<string> Calls { get; } = new();
    /// <summary>The arguments of every ListSuppliers call, in order.</summary>
    public ConcurrentQueue<ListQuery> ListQueries { get; } = new();
    /// <summary>When true, traces answer as if the registry had cut them short.</summary>
    public bool TruncateTraces { get; set; }

    public sealed record ListQuery(string? Search, string? Role, string? Country, string? Region, string? Status, string? Sort, int? Page, int? PageSize);

    public SupplierDetails Add(string name, string country = "CN", string? region = "CN-JS", string status = "Draft",
        IReadOnlyList<string>? roles = null, string? contactEmail = "contact@example.com", string? localName = null)
    {
        var now = DateTimeOffset.UtcNow;
        var summary = new SupplierSummary(Guid.NewGuid(), name, localName, [], new RegistrationId("USCC", "91320000" + Random.Shared.Next(1_000_000, 9_999_999) + "XX"),
            null, country, region, roles ?? ["Polysilicon"], contactEmail, status, 1, now, now);
        var details = new SupplierDetails(summary, [], [], Transitions(status), null);
        suppliers[summary.Id] = details;
        return details;
    }

    public void Link(Guid upstream, Guid downstream, string material = "Polysilicon")
    {
        var link = new SupplyLink(Guid.NewGuid(), upstream, downstream, material, null, null, DateTimeOffset.UtcNow);
        links[link.Id] = link;
    }

    public void SetImport(ImportJob job) => imports[job.Id] = job;

    public SupplierDetails? Find(Guid id) => suppliers.GetValueOrDefault(id);

    public ImportJob? FindImport(Guid id) => imports.GetValueOrDefault(id);

    /// <summary>The links recorded so far (added by tests or through the pages).</summary>
    public IReadOnlyList<SupplyLink> Links => links.Values.ToList();

    Task Enter(string call)
    {
        Calls.Enqueue(call);
        if (Down) throw new HttpRequestException("Connection refused (127.0.0.1:5101)");
        return Task.CompletedTask;
    }

    public async Task<PagedList<SupplierSummary>> ListSuppliers(string? search = null, string? role = null, string? country = null, string? region = null,
        string? status = null, string? sort = null, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        await Enter(nameof(ListSuppliers));
        ListQueries.Enqueue(new ListQuery(search, role, country, region, status, sort, page, pageSize));
        if (country is { Length: not 2 })
            throw await Problem(HttpMethod.Get, "/api/suppliers", HttpStatusCode.BadRequest, "One or more validation errors occurred.",
                new() { ["country"] = $"'{country}' is not an ISO 3166-1 alpha-2 country code." });
        IEnumerable<SupplierSummary> all = suppliers.Values.Select(d => d.Supplier);
        if (!string.IsNullOrWhiteSpace(search))
            all = all.Where(s => s.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || (s.LocalName?.Contains(search) ?? false)
                                 || (s.RegistrationId?.Value?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false));
        if (!string.IsNullOrWhiteSpace(role)) all = all.Where(s => s.Roles.Contains(role, StringComparer.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(country)) all = all.Where(s => string.Equals(s.CountryCode, country, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(region)) all = all.Where(s => string.Equals(s.RegionCode, region, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(status)) all = all.Where(s => string.Equals(s.Status, status, StringComparison.OrdinalIgnoreCase));
        all = sort switch
        {
            "NameDesc" => all.OrderByDescending(s => s.Name, StringComparer.Ordinal),
            "Country" => all.OrderBy(s => s.CountryCode, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal),
            "Status" => all.OrderBy(s => s.Status, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal),
            "Created" => all.OrderBy(s => s.CreatedAt),
            "CreatedDesc" => all.OrderByDescending(s => s.CreatedAt),
            "Updated" => all.OrderBy(s => s.UpdatedAt),
            "UpdatedDesc" => all.OrderByDescending(s => s.UpdatedAt),
            _ => all.OrderBy(s => s.Name, StringComparer.Ordinal),
        };
        var list = all.ToList();
        var (p, size) = (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, 500));
        return new PagedList<SupplierSummary>(list.Skip((p - 1) * size).Take(size).ToList(), p, size, list.Count);
    }

    public async Task<SupplierStats> GetStats(CancellationToken ct = default)
    {
        await Enter(nameof(GetStats));
        var all = suppliers.Values.Select(d => d.Supplier).ToList();
        string[] statuses = ["Draft", "Invited", "UnderAssessment", "Approved", "ConditionallyApproved", "Rejected", "Suspended"];
        string[] roles = ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Ingot", "Wafer", "Cell", "Module", "Glass", "Frame", "Encapsulant", "Backsheet", "Other"];
        return new SupplierStats(all.Count,
            statuses.ToDictionary(s => s, s => all.Count(x => x.Status == s)),
            roles.ToDictionary(r => r, r => all.Count(x => x.Roles.Contains(r))),
            all.GroupBy(x => x.CountryCode).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()));
    }

    public async Task<IApiResponse<SupplierDetails>> GetSupplier(Guid id, CancellationToken ct = default)
    {
        await Enter(nameof(GetSupplier));
        if (!suppliers.TryGetValue(id, out var details))
            return new ApiResponse<SupplierDetails>(Answer(HttpStatusCode.NotFound, $"/api/suppliers/{id}"), null, ServiceClientExtensions.Settings,
                await Problem(HttpMethod.Get, $"/api/suppliers/{id}", HttpStatusCode.NotFound, "Supplier not found", null));
        var response = Answer(HttpStatusCode.OK, $"/api/suppliers/{id}");
        response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue($"\"{details.Supplier.Version}\"");
        return new ApiResponse<SupplierDetails>(response, details, ServiceClientExtensions.Settings);
    }

    public async Task<SupplierDetails> CreateSupplier(SupplierRequest supplier, CancellationToken ct = default)
    {
        await Enter(nameof(CreateSupplier));
        await ThrowIfInvalid(HttpMethod.Post, "/api/suppliers");
        if (supplier.RegistrationId?.Value is { Length: > 0 } value
            && suppliers.Values.FirstOrDefault(d => d.Supplier.RegistrationId?.Value == value) is { } taken)
            throw await Problem(HttpMethod.Post, "/api/suppliers", HttpStatusCode.Conflict, "A supplier with this registration id already exists.", null,
                $"{value} is registered to '{taken.Supplier.Name}' ({taken.Supplier.Id}).", new() { ["existingSupplierId"] = taken.Supplier.Id });
        var duplicates = suppliers.Values.Select(d => d.Supplier)
            .Where(s => s.CountryCode == supplier.CountryCode && string.Equals(s.Name, supplier.Name?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(s => new PossibleDuplicate(s.Id, s.Name, s.LocalName, s.CountryCode, s.RegistrationId, 0.95)).ToList();
        var created = Add(supplier.Name ?? "", supplier.CountryCode ?? "CN", supplier.RegionCode, roles: supplier.Roles, contactEmail: supplier.ContactEmail, localName: supplier.LocalName);
        var summary = created.Supplier with { Aliases = supplier.Aliases ?? [], RegistrationId = supplier.RegistrationId, Lei = supplier.Lei };
        suppliers[summary.Id] = created with { Supplier = summary };
        return created with { Supplier = summary, PossibleDuplicates = duplicates.Count > 0 ? duplicates : null };
    }

    public async Task<SupplierDetails> UpdateSupplier(Guid id, SupplierRequest supplier, string ifMatch, CancellationToken ct = default)
    {
        await Enter(nameof(UpdateSupplier));
        var current = await Existing(id, HttpMethod.Put);
        if (ifMatch != $"\"{current.Supplier.Version}\"")
            throw await Problem(HttpMethod.Put, $"/api/suppliers/{id}", HttpStatusCode.PreconditionFailed, "The supplier was changed by someone else", null);
        await ThrowIfInvalid(HttpMethod.Put, $"/api/suppliers/{id}");
        var summary = current.Supplier with
        {
            Name = supplier.Name ?? "", LocalName = supplier.LocalName, Aliases = supplier.Aliases ?? [], RegistrationId = supplier.RegistrationId,
            Lei = supplier.Lei, CountryCode = supplier.CountryCode ?? "", RegionCode = supplier.RegionCode, Roles = supplier.Roles ?? [],
            ContactEmail = supplier.ContactEmail, Version = current.Supplier.Version + 1, UpdatedAt = DateTimeOffset.UtcNow,
        };
        return suppliers[id] = current with { Supplier = summary };
    }

    public async Task<SupplierDetails> ChangeStatus(Guid id, StatusChangeRequest change, string? ifMatch, CancellationToken ct = default)
    {
        await Enter(nameof(ChangeStatus));
        var current = await Existing(id, HttpMethod.Post);
        await CheckVersion(current, ifMatch, required: true, $"/api/suppliers/{id}/status");
        if (change.Status is null || !current.AllowedTransitions.Contains(change.Status))
            throw await Problem(HttpMethod.Post, $"/api/suppliers/{id}/status", HttpStatusCode.Conflict, "Transition not allowed",
                null, $"{current.Supplier.Status} cannot change to {change.Status}.");
        if (string.IsNullOrWhiteSpace(change.Reason))
            throw await Problem(HttpMethod.Post, $"/api/suppliers/{id}/status", HttpStatusCode.BadRequest, "Invalid", new() { ["reason"] = "A reason is required." });
        var history = current.StatusHistory.Append(new StatusChange(current.Supplier.Status, change.Status, change.Reason, "test", DateTimeOffset.UtcNow)).ToList();
        var summary = current.Supplier with { Status = change.Status, Version = current.Supplier.Version + 1 };
        return suppliers[id] = current with { Supplier = summary, StatusHistory = history, AllowedTransitions = Transitions(change.Status) };
    }

    public async Task<IReadOnlyList<PossibleDuplicate>> FindDuplicates(string name, string country, CancellationToken ct = default)
    {
        await Enter(nameof(FindDuplicates));
        return suppliers.Values.Select(d => d.Supplier)
            .Where(s => s.CountryCode == country && s.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Select(s => new PossibleDuplicate(s.Id, s.Name, s.LocalName, s.CountryCode, s.RegistrationId, 0.9)).ToList();
    }

    public async Task<IReadOnlyList<Facility>> ListFacilities(Guid id, CancellationToken ct = default)
    {
        await Enter(nameof(ListFacilities));
        return (await Existing(id, HttpMethod.Get)).Facilities;
    }

    public async Task<Facility> AddFacility(Guid id, FacilityRequest facility, string? ifMatch = null, CancellationToken ct = default)
    {
        await Enter(nameof(AddFacility));
        var current = await Existing(id, HttpMethod.Post);
        await CheckVersion(current, ifMatch, required: false, $"/api/suppliers/{id}/facilities");
        await ThrowIfInvalid(HttpMethod.Post, $"/api/suppliers/{id}/facilities");
        var added = new Facility(Guid.NewGuid(), id, facility.Name ?? "", facility.Address, facility.CountryCode ?? "", facility.RegionCode, facility.RegionCode,
            facility.Latitude, facility.Longitude, facility.Processes ?? []);
        suppliers[id] = current with { Facilities = current.Facilities.Append(added).ToList(), Supplier = current.Supplier with { Version = current.Supplier.Version + 1 } };
        return added;
    }

    public async Task<SupplyLink> AddUpstream(Guid id, SupplyLinkRequest link, string? ifMatch = null, CancellationToken ct = default)
    {
        await Enter(nameof(AddUpstream));
        var current = await Existing(id, HttpMethod.Post);
        await CheckVersion(current, ifMatch, required: false, $"/api/suppliers/{id}/upstream");
        if (link.UpstreamSupplierId is not { } upstream || !suppliers.ContainsKey(upstream))
            throw await Problem(HttpMethod.Post, $"/api/suppliers/{id}/upstream", HttpStatusCode.BadRequest, "Invalid", new() { ["upstreamSupplierId"] = "No such supplier." });
        var added = new SupplyLink(Guid.NewGuid(), upstream, id, link.Material ?? "", link.SharePercent, link.UpstreamFacilityId, DateTimeOffset.UtcNow);
        links[added.Id] = added;
        Bump(id);
        return added;
    }

    public async Task RemoveUpstream(Guid id, Guid upstreamId, string? ifMatch, string? material = null, CancellationToken ct = default)
    {
        await Enter(nameof(RemoveUpstream));
        if (suppliers.TryGetValue(id, out var current)) await CheckVersion(current, ifMatch, required: true, $"/api/suppliers/{id}/upstream/{upstreamId}", HttpMethod.Delete);
        Bump(id);
        foreach (var link in links.Values.Where(l => l.DownstreamSupplierId == id && l.UpstreamSupplierId == upstreamId && (material is null || l.Material == material)))
            links.TryRemove(link.Id, out _);
    }

    /// <summary>The registry's If-Match rule for status, facility and link changes: 428 when required and missing, 412 when stale.</summary>
    async Task CheckVersion(SupplierDetails current, string? ifMatch, bool required, string path, HttpMethod? method = null)
    {
        if (ifMatch is null && required)
            throw await Problem(method ?? HttpMethod.Post, path, HttpStatusCode.PreconditionRequired, "If-Match header required.", null);
        if (ifMatch is not null && ifMatch != $"\"{current.Supplier.Version}\"")
            throw await Problem(method ?? HttpMethod.Post, path, HttpStatusCode.PreconditionFailed, "The resource changed since you read it.", null);
    }

    /// <summary>Someone else changes the supplier (as another user or replica would): its version moves on.</summary>
    public void Bump(Guid id)
    {
        if (suppliers.TryGetValue(id, out var current))
            suppliers[id] = current with { Supplier = current.Supplier with { Version = current.Supplier.Version + 1 } };
    }

    async Task<SupplierDetails> Existing(Guid id, HttpMethod method) =>
        suppliers.TryGetValue(id, out var details) ? details
            : throw await Problem(method, $"/api/suppliers/{id}", HttpStatusCode.NotFound, "Supplier not found", null);

    async Task ThrowIfInvalid(HttpMethod method, string path)
    {
        if (NextValidationErrors is not { } errors) return;
        NextValidationErrors = null;
        throw await Problem(method, path, HttpStatusCode.BadRequest, "One or more validation errors occurred.", errors);
    }

    static IReadOnlyList<string> Transitions(string status) => status switch
    {
        "Draft" => ["Invited"],
        "Invited" => ["UnderAssessment"],
        "UnderAssessment" => ["Approved", "ConditionallyApproved", "Rejected"],
        "Approved" => ["Suspended"],
        "ConditionallyApproved" => ["Approved", "Rejected", "UnderAssessment"],
        "Suspended" => ["Approved"],
        "Rejected" => ["UnderAssessment"],
        _ => [],
    };

    /// <summary>The ApiException Refit throws for a ProblemDetails answer.</summary>
    public static async Task<ApiException> Problem(HttpMethod method, string path, HttpStatusCode status, string title, Dictionary<string, string>? errors,
        string? detail = null, Dictionary<string, object?>? extensions = null)
    {
        var problem = new Dictionary<string, object?> { ["type"] = "about:blank", ["title"] = title, ["status"] = (int)status };
        if (detail is not null) problem["detail"] = detail;
        if (errors is not null) problem["errors"] = errors.ToDictionary(e => e.Key, e => new[] { e.Value });
        foreach (var (key, value) in extensions ?? []) problem[key] = value;
        var body = JsonSerializer.Serialize(problem, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/problem+json") };
        return await ApiException.Create(new HttpRequestMessage(method, "http://registry.test" + path), method, response, ServiceClientExtensions.Settings);
    }
}
