using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.Trace;

public enum TraceDirection { Upstream, Downstream }

public sealed record TraceNode(Guid Id, string Name, string? LocalName, string CountryCode, string? RegionCode, IReadOnlyList<SupplierRole> Roles,
    OnboardingStatus Status, int Tier, IReadOnlyList<string> FacilityRegions);

public sealed record TraceEdge(Guid Id, Guid UpstreamSupplierId, Guid DownstreamSupplierId, string Material, decimal? SharePercent, Guid? UpstreamFacilityId);

/// <summary>The chain around a supplier: tier 0 is the supplier itself, tier N is N links away.</summary>
public sealed record TraceResponse(Guid RootId, TraceDirection Direction, int Depth, IReadOnlyList<TraceNode> Nodes, IReadOnlyList<TraceEdge> Edges, bool Truncated);

public static class TraceApi
{
    public const int DefaultDepth = 10;
    public const int MaxDepth = 50;
    public const int MaxNodes = 20_000;

    public static IEndpointRouteBuilder MapTraceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/suppliers/{id:guid}").WithTags("Trace").RequireAuthorization(Policies.Internal);
        group.MapGet("/upstream", (Guid id, [FromQuery] int? depth, RegistryDbContext db, CancellationToken ct) => Trace(id, TraceDirection.Upstream, depth, db, ct))
            .WithSummary("Everything upstream of a supplier (what is upstream of this module maker?)")
            .WithDescription($"Nodes carry their tier distance and facility regions; edges the material and share. depth defaults to {DefaultDepth}, at most {MaxDepth}; past {MaxNodes} nodes the answer is truncated.");
        group.MapGet("/downstream", (Guid id, [FromQuery] int? depth, RegistryDbContext db, CancellationToken ct) => Trace(id, TraceDirection.Downstream, depth, db, ct))
            .WithSummary("Everything downstream of a supplier (who is affected if this plant is flagged?)");
        return app;
    }

    static async Task<Results<Ok<TraceResponse>, ValidationProblem, ProblemHttpResult>> Trace(
        Guid id, TraceDirection direction, int? depth, RegistryDbContext db, CancellationToken ct)
    {
        if (depth is < 1 or > MaxDepth) return Problems.Invalid("depth", $"must be between 1 and {MaxDepth}.");
        if (!await db.Suppliers.AnyAsync(s => s.Id == id, ct)) return Problems.NotFound("Supplier", id);
        var maxDepth = depth ?? DefaultDepth;

        var (tiers, edges, truncated) = db.Database.IsNpgsql()
            ? await WalkWithRecursiveQueryAsync(db, id, direction, maxDepth, ct)
            : await WalkLevelByLevelAsync(db, id, direction, maxDepth, ct);

        var ids = tiers.Keys.ToList();
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.LocalName, s.CountryCode, s.RegionCode, s.Roles, s.Status }).ToListAsync(ct);
        var regions = (await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.SupplierId) && f.RegionCode != null)
                .Select(f => new { f.SupplierId, f.RegionCode }).ToListAsync(ct))
            .GroupBy(f => f.SupplierId).ToDictionary(g => g.Key, g => g.Select(f => f.RegionCode!).Distinct().Order().ToArray());
        var nodes = suppliers
            .Select(s => new TraceNode(s.Id, s.Name, s.LocalName, s.CountryCode, s.RegionCode, SupplierRoles.Split(s.Roles), s.Status, tiers[s.Id],
                regions.GetValueOrDefault(s.Id) ?? []))
            .OrderBy(n => n.Tier).ThenBy(n => n.Name)
            .ToList();
        return TypedResults.Ok(new TraceResponse(id, direction, maxDepth, nodes, edges, truncated));
    }

    sealed record Reached(Guid Id, int Tier);

    /// <summary>PostgreSQL walks the graph in one recursive query; only the edges among the reached suppliers come back separately.</summary>
    static async Task<(Dictionary<Guid, int> Tiers, List<TraceEdge> Edges, bool Truncated)> WalkWithRecursiveQueryAsync(
        RegistryDbContext db, Guid id, TraceDirection direction, int maxDepth, CancellationToken ct)
    {
        var (from, to) = direction == TraceDirection.Upstream ? ("DownstreamSupplierId", "UpstreamSupplierId") : ("UpstreamSupplierId", "DownstreamSupplierId");
        var sql = $"""
            WITH RECURSIVE walk(node, tier) AS (
                SELECT @root, 0
                UNION
                SELECT l."{to}", w.tier + 1 FROM walk w JOIN "SupplyLinks" l ON l."{from}" = w.node WHERE w.tier < @depth
            )
            SELECT node AS "Id", MIN(tier) AS "Tier" FROM walk GROUP BY node ORDER BY MIN(tier) LIMIT @limit
            """;
        var reached = await db.Database.SqlQueryRaw<Reached>(sql,
                new Npgsql.NpgsqlParameter("root", id), new Npgsql.NpgsqlParameter("depth", maxDepth), new Npgsql.NpgsqlParameter("limit", MaxNodes + 1))
            .ToListAsync(ct);
        var truncated = reached.Count > MaxNodes;
        var tiers = reached.Take(MaxNodes).ToDictionary(r => r.Id, r => r.Tier);
        var ids = tiers.Keys.ToList();
        var links = direction == TraceDirection.Upstream
            ? db.SupplyLinks.AsNoTracking().Where(l => ids.Contains(l.DownstreamSupplierId))
            : db.SupplyLinks.AsNoTracking().Where(l => ids.Contains(l.UpstreamSupplierId));
        var candidates = await links.Select(l => new TraceEdge(l.Id, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, l.SharePercent, l.UpstreamFacilityId)).ToListAsync(ct);
        // The same edges the level-by-level walk collects: those leaving a supplier short of the depth, into the reached set.
        var edges = candidates.Where(e =>
        {
            var (near, far) = direction == TraceDirection.Upstream ? (e.DownstreamSupplierId, e.UpstreamSupplierId) : (e.UpstreamSupplierId, e.DownstreamSupplierId);
            return tiers.TryGetValue(near, out var tier) && tier < maxDepth && tiers.ContainsKey(far);
        }).ToList();
        return (tiers, edges, truncated);
    }

    static async Task<(Dictionary<Guid, int> Tiers, List<TraceEdge> Edges, bool Truncated)> WalkLevelByLevelAsync(
        RegistryDbContext db, Guid id, TraceDirection direction, int maxDepth, CancellationToken ct)
    {
        var tiers = new Dictionary<Guid, int> { [id] = 0 };
        var edges = new List<TraceEdge>();
        var frontier = new List<Guid> { id };
        var truncated = false;
        for (var tier = 1; tier <= maxDepth && frontier.Count > 0 && !truncated; tier++)
        {
            var links = direction == TraceDirection.Upstream
                ? db.SupplyLinks.AsNoTracking().Where(l => frontier.Contains(l.DownstreamSupplierId))
                : db.SupplyLinks.AsNoTracking().Where(l => frontier.Contains(l.UpstreamSupplierId));
            var level = await links.Select(l => new TraceEdge(l.Id, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, l.SharePercent, l.UpstreamFacilityId)).ToListAsync(ct);
            edges.AddRange(level);
            frontier = [];
            foreach (var edge in level)
            {
                var next = direction == TraceDirection.Upstream ? edge.UpstreamSupplierId : edge.DownstreamSupplierId;
                if (!tiers.TryAdd(next, tier)) continue;
                frontier.Add(next);
                if (tiers.Count >= MaxNodes) { truncated = true; break; }
            }
        }
        if (truncated) edges.RemoveAll(e => !tiers.ContainsKey(e.UpstreamSupplierId) || !tiers.ContainsKey(e.DownstreamSupplierId));
        return (tiers, edges, truncated);
    }
}
