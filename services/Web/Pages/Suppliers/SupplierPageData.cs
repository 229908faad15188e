using SupplierDD.Web.Clients;
using SupplierDD.Web.Pages.Risk;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>What the detail page shows besides the forms: the supplier, its direct links both ways, and upstream candidates for a new link.</summary>
public sealed record SupplierPageData(SupplierDetails Details, IReadOnlyList<LinkRow> Upstream, IReadOnlyList<LinkRow> Downstream, IReadOnlyList<SupplierSummary> Candidates)
{
    public const int CandidateCount = 10;

    /// <summary>Null when the registry does not know the supplier. Once it does, the other reads run together.</summary>
    public static async Task<SupplierPageData?> LoadAsync(IRegistryApi registry, RiskRegions risk, Guid id, string? find, CancellationToken ct)
    {
        if (RegistryCalls.ContentOrNull(await registry.GetSupplier(id, ct)) is not { } supplier) return null;
        var upstream = registry.TraceUpstream(id, 1, ct);
        var downstream = registry.TraceDownstream(id, 1, ct);
        var candidates = string.IsNullOrWhiteSpace(find)
            ? Task.FromResult(new PagedList<SupplierSummary>([], 1, CandidateCount, 0))
            : registry.ListSuppliers(search: find.Trim(), pageSize: CandidateCount + 1, ct: ct);
        await Task.WhenAll(upstream, downstream, candidates);
        return new SupplierPageData(supplier,
            Rows(upstream.Result, id, risk, upstreamOfRoot: true),
            Rows(downstream.Result, id, risk, upstreamOfRoot: false),
            candidates.Result.Items.Where(s => s.Id != id).Take(CandidateCount).ToList());
    }

    static List<LinkRow> Rows(TraceResponse trace, Guid root, RiskRegions risk, bool upstreamOfRoot)
    {
        var nodes = trace.Nodes.ToDictionary(n => n.Id);
        return trace.Edges
            .Where(e => upstreamOfRoot ? e.DownstreamSupplierId == root : e.UpstreamSupplierId == root)
            .Select(e => nodes.GetValueOrDefault(upstreamOfRoot ? e.UpstreamSupplierId : e.DownstreamSupplierId) is { } n
                ? new LinkRow(n.Id, n.Name, n.CountryCode, n.RegionCode, risk.IsHighRisk(n.RegionCode, n.FacilityRegions), e.Material, e.SharePercent)
                : null)
            .OfType<LinkRow>()
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Material)
            .ToList();
    }
}
