using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Refit;
using SupplierDD.ServiceDefaults.Http;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>The fake registry's traces and imports.</summary>
public sealed partial class FakeRegistry
{
    public async Task<TraceResponse> TraceUpstream(Guid id, int? depth = null, CancellationToken ct = default)
    {
        await Enter(nameof(TraceUpstream));
        return await Trace(id, depth ?? 10, upstream: true);
    }

    public async Task<TraceResponse> TraceDownstream(Guid id, int? depth = null, CancellationToken ct = default)
    {
        await Enter(nameof(TraceDownstream));
        return await Trace(id, depth ?? 10, upstream: false);
    }

    async Task<TraceResponse> Trace(Guid root, int depth, bool upstream)
    {
        await Existing(root, HttpMethod.Get);
        var tiers = new Dictionary<Guid, int> { [root] = 0 };
        var edges = new List<TraceEdge>();
        var frontier = new List<Guid> { root };
        for (var tier = 1; tier <= depth && frontier.Count > 0; tier++)
        {
            var next = new List<Guid>();
            foreach (var node in frontier)
            foreach (var link in links.Values.Where(l => (upstream ? l.DownstreamSupplierId : l.UpstreamSupplierId) == node))
            {
                edges.Add(new TraceEdge(link.Id, link.UpstreamSupplierId, link.DownstreamSupplierId, link.Material, link.SharePercent, link.UpstreamFacilityId));
                var other = upstream ? link.UpstreamSupplierId : link.DownstreamSupplierId;
                if (tiers.TryAdd(other, tier)) next.Add(other);
            }
            frontier = next;
        }
        var nodes = tiers.Select(t => suppliers[t.Key] is var d
            ? new TraceNode(t.Key, d.Supplier.Name, d.Supplier.LocalName, d.Supplier.CountryCode, d.Supplier.RegionCode, d.Supplier.Roles, d.Supplier.Status, t.Value,
                d.Facilities.Select(f => f.RegionCode).OfType<string>().Distinct().ToList())
            : throw new InvalidOperationException()).ToList();
        return new TraceResponse(root, upstream ? "Upstream" : "Downstream", depth, nodes, edges.DistinctBy(e => e.Id).ToList(), TruncateTraces);
    }

    public async Task<ImportJob> ImportSuppliers(StreamPart file, CancellationToken ct = default)
    {
        await Enter(nameof(ImportSuppliers));
        return await Import("Suppliers", file);
    }

    public async Task<ImportJob> ImportSupplyLinks(StreamPart file, CancellationToken ct = default)
    {
        await Enter(nameof(ImportSupplyLinks));
        return await Import("SupplyLinks", file);
    }

    async Task<ImportJob> Import(string kind, StreamPart file)
    {
        await ThrowIfInvalid(HttpMethod.Post, kind == "Suppliers" ? "/api/suppliers/import" : "/api/supply-links/import");
        using var reader = new StreamReader(file.Value, Encoding.UTF8);
        var rows = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var id = Guid.NewGuid();
        var job = new ImportJob(id, kind, "Queued", file.FileName, Math.Max(0, rows), 0, 0, 0, 0, 0, 0, null, DateTimeOffset.UtcNow, null, null, 0, [], $"/api/imports/{id}/errors.csv");
        imports[id] = job;
        return job;
    }

    public async Task<ImportJob> GetImport(Guid id, CancellationToken ct = default)
    {
        await Enter(nameof(GetImport));
        return imports.TryGetValue(id, out var job) ? job
            : throw await Problem(HttpMethod.Get, $"/api/imports/{id}", HttpStatusCode.NotFound, "Import not found", null);
    }

    public async Task<HttpResponseMessage> GetImportErrorReport(Guid id, CancellationToken ct = default)
    {
        await Enter(nameof(GetImportErrorReport));
        if (!imports.TryGetValue(id, out var job)) return new HttpResponseMessage(HttpStatusCode.NotFound);
        var csv = "row,column,message\n" + string.Concat(job.Errors.Select(e => $"{e.Row},{e.Column},\"{e.Message.Replace("\"", "\"\"")}\"\n"));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
    }

    /// <summary>Refit 16 refuses a response without the request it answers.</summary>
    static HttpResponseMessage Answer(HttpStatusCode status, string path) =>
        new(status) { RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://registry.test" + path) };
}
