using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.SupplyLinks;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>
/// Supply links CSV, streamed: rows are read one batch at a time. Each batch is one transaction that takes the graph lock
/// (<see cref="SupplyLinkWriter.LockGraphAsync"/>), checks and writes its rows, and commits — so interactive link adds
/// wait for one batch at most, never the whole file. The stored graph (with a dynamic topological order) is read once
/// and kept between batches; it is read again only when another writer moved the graph's revision in between.
/// </summary>
public static class LinkCsvImport
{
    public static readonly IReadOnlyList<string> Columns = ["upstream_registration_id", "downstream_registration_id", "material", "share_percent"];

    public static async Task RunAsync(RegistryDbContext db, ImportJob job, Stream file, int batchSize, TimeProvider time, CancellationToken ct)
    {
        var suppliers = await RegistrationIndex.LoadAsync(db, ct);
        using var reader = new CsvReader(file);
        var header = CsvHeader.Read(reader, Columns);
        var rows = new List<RowResult>(Math.Min(batchSize, 50_000));
        StoredGraph? stored = null;
        while (true)
        {
            rows.Clear();
            while (rows.Count < batchSize && reader.TryReadRow(out var cells))
            {
                var errors = new List<(string, string)>();
                rows.Add(new RowResult(reader.RowNumber, Parse(header, cells, suppliers, errors), errors));
            }
            if (rows.Count == 0) return;
            stored = await WriteBatchAsync(db, job, rows, stored, time, ct);
        }
    }

    /// <summary>The graph as this import last committed it, and the revision its own commit left.</summary>
    sealed record StoredGraph(long Revision, SupplyGraph Graph, Dictionary<(Guid Upstream, Guid Downstream, string Material), (Guid Id, decimal? SharePercent)> Links);

    static async Task<StoredGraph> WriteBatchAsync(RegistryDbContext db, ImportJob job, List<RowResult> rows, StoredGraph? previous, TimeProvider time, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var revision = await SupplyLinkWriter.LockGraphAsync(db, ct);
        // Our own bump made it previous + 1: anything else means another writer committed in between, so read under the lock.
        var current = previous is not null && previous.Revision == revision - 1 ? previous : await ReadAsync(db, rows, revision, ct);
        var existing = current.Links;
        var graph = current.Graph;

        var chunk = new ImportChunk();
        var now = time.GetUtcNow();
        var by = $"import:{job.Id}";
        var touched = new HashSet<Guid>();
        foreach (var row in rows)
        {
            chunk.Rows++;
            foreach (var (column, message) in row.Errors) chunk.Fail(row.Row, column, message);
            if (row.Link is not { } link) continue;
            var key = (link.Upstream, link.Downstream, link.Material);
            if (existing.TryGetValue(key, out var stored))
            {
                if (stored.SharePercent == link.Share) chunk.Unchanged++;
                else
                {
                    var entity = await db.SupplyLinks.FirstAsync(l => l.Id == stored.Id, ct);
                    entity.SharePercent = link.Share;
                    chunk.Publish(SupplyLinkWriter.Added(entity, by, now));
                    existing[key] = (stored.Id, link.Share);
                    touched.Add(link.Downstream);
                    chunk.Updated++;
                }
            }
            else if (!graph.TryAdd(link.Upstream, link.Downstream, out var cycle))
            {
                chunk.Fail(row.Row, "upstream_registration_id", cycle.Count == 1
                    ? "a supplier cannot supply itself."
                    : $"this link would close a cycle: the upstream supplier is already {cycle.Count - 1} tier(s) downstream of the downstream supplier.");
            }
            else
            {
                var entity = SupplyLinkWriter.New(link.Upstream, link.Downstream, link.Material, link.Share, null, by, now);
                chunk.NewLinks.Add(entity);
                chunk.Publish(SupplyLinkWriter.Added(entity, by, now));
                existing[key] = (entity.Id, link.Share);
                touched.Add(link.Downstream);
                chunk.Created++;
            }
        }
        await SupplyLinkWriter.TouchAsync(db, touched, now, ct);
        await chunk.CommitAsync(db, job, ct);
        await tx.CommitAsync(ct);
        return current with { Revision = revision };
    }

    static async Task<StoredGraph> ReadAsync(RegistryDbContext db, List<RowResult> rows, long revision, CancellationToken ct)
    {
        var links = await db.SupplyLinks.AsNoTracking()
            .Select(l => new { l.Id, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, l.SharePercent }).ToListAsync(ct);
        var existing = links.ToDictionary(l => (l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material), l => (l.Id, l.SharePercent));
        var expected = rows.Where(r => r.Link is not null && !existing.ContainsKey((r.Link.Upstream, r.Link.Downstream, r.Link.Material)))
            .Select(r => (r.Link!.Upstream, r.Link.Downstream)).ToList();
        var graph = SupplyGraph.From(links.Select(l => (l.UpstreamSupplierId, l.DownstreamSupplierId)).ToList(), expected);
        return new StoredGraph(revision, graph, existing);
    }

    sealed record RowResult(int Row, ParsedLink? Link, List<(string Column, string Message)> Errors);

    sealed record ParsedLink(Guid Upstream, Guid Downstream, string Material, decimal? Share);

    static ParsedLink? Parse(CsvHeader header, string[] cells, RegistrationIndex suppliers, List<(string Column, string Message)> failures)
    {
        var failed = false;
        foreach (var column in Columns)
        {
            if (!SpreadsheetFormula.LooksLikeFormula(header.Get(cells, column))) continue;
            failures.Add((column, "starts with =, +, - or @: it would run as a formula in a spreadsheet (a share cannot be negative)."));
            failed = true;
        }
        if (failed) return null;

        var upstream = Resolve(header.Get(cells, "upstream_registration_id"), "upstream_registration_id", suppliers, failures);
        var downstream = Resolve(header.Get(cells, "downstream_registration_id"), "downstream_registration_id", suppliers, failures);
        var errors = new Dictionary<string, string[]>();
        var material = Materials.Normalize(header.Get(cells, "material"), "material", errors);
        decimal? share = null;
        var shareText = header.Get(cells, "share_percent");
        if (!string.IsNullOrWhiteSpace(shareText))
        {
            if (decimal.TryParse(shareText.TrimEnd('%', ' '), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                share = Materials.Share(parsed, "share_percent", errors);
            else Suppliers.SupplierInput.Add(errors, "share_percent", $"'{shareText}' is not a number (use a dot for decimals, e.g. 42.5).");
        }
        foreach (var (field, messages) in errors)
            foreach (var message in messages) failures.Add((field, message));
        if (upstream is null || downstream is null || errors.Count > 0) return null;
        return new ParsedLink(upstream.Value, downstream.Value, material!, share);
    }

    static Guid? Resolve(string? text, string column, RegistrationIndex suppliers, List<(string Column, string Message)> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            failures.Add((column, "is required."));
            return null;
        }
        var (id, problem) = suppliers.Find(text);
        if (problem is not null) failures.Add((column, problem));
        return id;
    }
}
