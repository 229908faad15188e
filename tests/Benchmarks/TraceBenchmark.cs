using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace SupplierDD.Benchmarks;

public sealed record LatencyStats(int Count, double P50, double P95, double P99, double Mean, double Max)
{
    public static LatencyStats From(IReadOnlyList<double> ms)
    {
        var s = ms.Order().ToArray();
        double P(double q) => s[Math.Clamp((int)Math.Ceiling(q * s.Length) - 1, 0, s.Length - 1)];
        return new LatencyStats(s.Length, P(0.50), P(0.95), P(0.99), s.Average(), s[^1]);
    }
}

public sealed record TraceResult(
    string Direction, int DistinctRoots, double MeanNodes, int MinNodes, int MaxNodes, double MeanEdges, double MeanResponseKb,
    LatencyStats Raw, LatencyStats Api, int CountMismatches, string? MismatchExample, CpuUsage ApiCpu);

/// <summary>
/// Benchmark 2: GET /api/suppliers/{id}/upstream|downstream?depth=N, one request at a time, against the raw
/// recursive CTE that returns the same nodes (with their supplier columns) and edges in one round trip.
/// </summary>
public sealed class TraceBenchmark(NpgsqlDataSource db, CpuMeter cpu, BenchOptions options)
{
    /// <summary>
    /// Nodes reached (each once, at its shortest distance; in a tiered graph every path to a node has the same
    /// length, so UNION already keeps one row per node) and the edges between them.
    /// </summary>
    static string Sql(bool upstream)
    {
        var (near, far) = upstream ? ("DownstreamSupplierId", "UpstreamSupplierId") : ("UpstreamSupplierId", "DownstreamSupplierId");
        return $"""
            WITH RECURSIVE walk(id, tier) AS (
                SELECT $1::uuid, 0
                UNION
                SELECT l."{far}", w.tier + 1 FROM walk w JOIN "SupplyLinks" l ON l."{near}" = w.id WHERE w.tier < $2
            ), nodes AS MATERIALIZED (SELECT id, min(tier) AS tier FROM walk GROUP BY id)
            SELECT 0 AS kind, s."Id", n.tier, s."Name", s."LocalName", s."CountryCode", s."RegionCode", s."Roles", s."Status",
                   NULL::uuid AS up, NULL::uuid AS down, NULL::varchar AS material, NULL::numeric AS share
              FROM nodes n JOIN "Suppliers" s ON s."Id" = n.id
            UNION ALL
            SELECT 1, l."Id", n.tier, NULL, NULL, NULL, NULL, NULL, NULL, l."UpstreamSupplierId", l."DownstreamSupplierId", l."Material", l."SharePercent"
              FROM nodes n JOIN "SupplyLinks" l ON l."{near}" = n.id WHERE n.tier < $2
            """;
    }

    public async Task<TraceResult> RunAsync(HttpClient http, bool upstream, IReadOnlyList<(Guid Id, int ExpectedNodes)> roots)
    {
        var direction = upstream ? "upstream" : "downstream";
        var sql = Sql(upstream);
        var order = Enumerable.Range(0, options.TraceRequests).Select(i => roots[i % roots.Count]).ToList();

        async Task<(double Ms, int Nodes, int Edges)> RawAsync(Guid id)
        {
            var sw = Stopwatch.StartNew();
            await using var cmd = db.CreateCommand(sql);
            cmd.Parameters.AddWithValue(id);
            cmd.Parameters.AddWithValue(options.TraceDepth);
            int nodes = 0, edges = 0;
            await using (var reader = await cmd.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    // Read every column, as a caller would.
                    for (var c = 0; c < reader.FieldCount; c++) _ = reader.IsDBNull(c) ? null : reader.GetValue(c);
                    if (reader.GetInt32(0) == 0) nodes++;
                    else edges++;
                }
            }
            return (sw.Elapsed.TotalMilliseconds, nodes, edges);
        }

        async Task<(double Ms, int Nodes, int Edges, int Bytes)> ApiAsync(Guid id)
        {
            var sw = Stopwatch.StartNew();
            using var response = await http.GetAsync($"api/suppliers/{id}/{direction}?depth={options.TraceDepth}");
            var body = await response.Content.ReadAsByteArrayAsync();
            var ms = sw.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"GET {direction} of {id} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            using var doc = JsonDocument.Parse(body);
            return (ms, doc.RootElement.GetProperty("nodes").GetArrayLength(), doc.RootElement.GetProperty("edges").GetArrayLength(), body.Length);
        }

        // Warm-up: JIT, connection pools, plan caches, shared buffers, on both sides.
        foreach (var (id, _) in order.Take(options.TraceWarmup))
        {
            await RawAsync(id);
            await ApiAsync(id);
        }

        var raw = new List<double>();
        var rawNodes = new Dictionary<Guid, (int Nodes, int Edges)>();
        foreach (var (id, _) in order)
        {
            var r = await RawAsync(id);
            raw.Add(r.Ms);
            rawNodes[id] = (r.Nodes, r.Edges);
        }

        var api = new List<double>();
        var nodeCounts = new List<int>();
        var edgeCounts = new List<int>();
        var bytes = new List<int>();
        var mismatches = 0;
        string? example = null;
        var before = cpu.Take();
        foreach (var (id, _) in order)
        {
            var a = await ApiAsync(id);
            api.Add(a.Ms);
            nodeCounts.Add(a.Nodes);
            edgeCounts.Add(a.Edges);
            bytes.Add(a.Bytes);
            var expected = rawNodes[id];
            if (a.Nodes != expected.Nodes || a.Edges != expected.Edges)
            {
                mismatches++;
                example ??= $"{id}: API {a.Nodes} nodes / {a.Edges} edges, SQL {expected.Nodes} nodes / {expected.Edges} edges";
            }
        }
        var apiCpu = CpuMeter.Between(before, cpu.Take());
        var result = new TraceResult(direction, roots.Count, nodeCounts.Average(), nodeCounts.Min(), nodeCounts.Max(), edgeCounts.Average(), bytes.Average() / 1024,
            LatencyStats.From(raw), LatencyStats.From(api), mismatches, example, apiCpu);
        Log.Line($"  {direction}: {result.MeanNodes:0} nodes / {result.MeanEdges:0} edges on average; raw p50 {result.Raw.P50:0.0} ms p95 {result.Raw.P95:0.0} ms; API p50 {result.Api.P50:0.0} ms p95 {result.Api.P95:0.0} ms");
        return result;
    }
}
