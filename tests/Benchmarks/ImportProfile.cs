using System.Diagnostics;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Messaging;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Imports;
using SupplierDD.SupplierRegistry.Suppliers;
using SupplierDD.SupplierRegistry.SupplyLinks;

namespace SupplierDD.Benchmarks;

public sealed record ImportProfileResult(
    string Kind, int Rows, double JobSeconds, double SqlSeconds, int SqlCommands, double CopySeconds, int CopyCommands,
    double ParseValidateSeconds, double EventJsonSeconds, double GraphSeconds, double CsvReadSeconds)
{
    public double OtherSeconds => Math.Max(0, JobSeconds - SqlSeconds - (double.IsNaN(ParseValidateSeconds) ? 0 : ParseValidateSeconds) - EventJsonSeconds - GraphSeconds - CsvReadSeconds);
}

/// <summary>
/// Where an import's time goes: the service's own import code (SupplierCsvImport / LinkCsvImport, same batch size)
/// run in this process against a scratch database with no dispatcher and no HTTP, with every SQL command timed
/// (send to last row read). The CPU-only steps (CSV reading, row parsing and validation, event JSON, the cycle
/// check graph) are then timed alone on the same rows; what is left is EF Core's change tracking and
/// SaveChanges pipeline (building commands, fix-up, tracking) plus the rest of the loop.
/// </summary>
public static class ImportProfile
{
    /// <summary>
    /// Sums Npgsql's own command activities (commands, batches and COPY operations: EF Core sends SaveChanges as one NpgsqlBatch,
    /// which EF's command interceptors do not see). An activity runs from sending until the last result is read.
    /// </summary>
    sealed class SqlTimer : IDisposable
    {
        readonly ActivityListener listener;
        long ticks, copyTicks;
        int commands, copies;
        public Dictionary<string, int> Operations { get; } = [];

        public SqlTimer()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = a =>
                {
                    lock (Operations)
                    {
                        Operations[a.OperationName] = Operations.GetValueOrDefault(a.OperationName) + 1;
                        if (a.OperationName.Contains("connect", StringComparison.OrdinalIgnoreCase)) return;
                        ticks += a.Duration.Ticks;
                        commands++;
                        // New rows go in through the service's BulkInsert (binary COPY on PostgreSQL).
                        if (a.OperationName.StartsWith("COPY", StringComparison.OrdinalIgnoreCase))
                        {
                            copyTicks += a.Duration.Ticks;
                            copies++;
                        }
                    }
                },
            };
            ActivitySource.AddActivityListener(listener);
        }

        public double Seconds { get { lock (Operations) return TimeSpan.FromTicks(ticks).TotalSeconds; } }
        public int Commands { get { lock (Operations) return commands; } }
        public double CopySeconds { get { lock (Operations) return TimeSpan.FromTicks(copyTicks).TotalSeconds; } }
        public int Copies { get { lock (Operations) return copies; } }
        public void Reset() { lock (Operations) { ticks = copyTicks = 0; commands = copies = 0; Operations.Clear(); } }
        public void Dispose() => listener.Dispose();
    }

    public static async Task<IReadOnlyList<ImportProfileResult>> RunAsync(string connectionString, PvGraph graph, RawCopy rows, string suppliersCsv, string linksCsv)
    {
        using var timer = new SqlTimer();
        var options = new DbContextOptionsBuilder<PostgresRegistryDbContext>().UseNpgsql(connectionString).Options;
        await using (var setup = new PostgresRegistryDbContext(options))
        {
            await setup.Database.EnsureDeletedAsync();
            await setup.Database.MigrateAsync();
        }
        var results = new List<ImportProfileResult>();

        // Suppliers.
        timer.Reset();
        var job = await NewJobAsync(options, ImportKind.Suppliers, suppliersCsv, graph.Suppliers.Length);
        double jobSeconds;
        await using (var db = new PostgresRegistryDbContext(options))
        {
            timer.Reset();
            var sw = Stopwatch.StartNew();
            await using var file = File.OpenRead(suppliersCsv);
            await SupplierCsvImport.RunAsync(db, job, file, new ImportOptions().BatchSize, TimeProvider.System, CancellationToken.None);
            jobSeconds = sw.Elapsed.TotalSeconds;
        }
        var (sqlSeconds, sqlCommands, copySeconds, copies) = (timer.Seconds, timer.Commands, timer.CopySeconds, timer.Copies);
        Log.Line($"  Npgsql activities: {string.Join(", ", timer.Operations.Select(o => $"{o.Key} ×{o.Value}"))}");
        var csvRead = Time(() => { foreach (var _ in ReadCsv(suppliersCsv, SupplierCsvImport.Columns)) { } });
        // The row parser is private: found by name, and skipped (NaN) if its shape has changed.
        var parseSeconds = double.NaN;
        var parseMethod = typeof(SupplierCsvImport).GetMethod("Parse", BindingFlags.NonPublic | BindingFlags.Static);
        if (parseMethod is not null && parseMethod.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(CsvHeader), typeof(string[]), typeof(int), typeof(ImportChunk)]))
        {
            var parse = parseMethod.CreateDelegate<Func<CsvHeader, string[], int, ImportChunk, SupplierInput?>>();
            var rowsRead = ReadCsv(suppliersCsv, SupplierCsvImport.Columns).ToList();
            parseSeconds = Time(() =>
            {
                var chunk = new ImportChunk();
                var i = 0;
                foreach (var (header, cells) in rowsRead) parse(header, cells, ++i, chunk);
            });
        }
        var eventSeconds = Time(() =>
        {
            foreach (var s in rows.Suppliers) OutboxMessage.Create(SupplierEvents.Registered(s, "import:profile"));
        });
        results.Add(new ImportProfileResult("suppliers", graph.Suppliers.Length, jobSeconds, sqlSeconds, sqlCommands, copySeconds, copies, parseSeconds, eventSeconds, 0, csvRead));
        Log.Line($"  profile suppliers: job {jobSeconds:0.0} s, SQL {sqlSeconds:0.0} s in {sqlCommands:N0} commands (COPY {copySeconds:0.0} s in {copies}), CSV read {csvRead:0.00} s, parse+validate {parseSeconds:0.00} s, event JSON {eventSeconds:0.00} s");

        // Links.
        job = await NewJobAsync(options, ImportKind.SupplyLinks, linksCsv, graph.Links.Length);
        await using (var db = new PostgresRegistryDbContext(options))
        {
            timer.Reset();
            var sw = Stopwatch.StartNew();
            await using var file = File.OpenRead(linksCsv);
            await LinkCsvImport.RunAsync(db, job, file, new ImportOptions().BatchSize, TimeProvider.System, CancellationToken.None);
            jobSeconds = sw.Elapsed.TotalSeconds;
        }
        (sqlSeconds, sqlCommands, copySeconds, copies) = (timer.Seconds, timer.Commands, timer.CopySeconds, timer.Copies);
        csvRead = Time(() => { foreach (var _ in ReadCsv(linksCsv, LinkCsvImport.Columns)) { } });
        var graphSeconds = Time(() =>
        {
            var g = new SupplyGraph();
            foreach (var l in rows.Links) g.TryAdd(l.UpstreamSupplierId, l.DownstreamSupplierId, out _);
        });
        var now = DateTimeOffset.UtcNow;
        eventSeconds = Time(() =>
        {
            foreach (var l in rows.Links) OutboxMessage.Create(SupplyLinksApi.LinkAdded(l, "import:profile", now));
        });
        results.Add(new ImportProfileResult("links", graph.Links.Length, jobSeconds, sqlSeconds, sqlCommands, copySeconds, copies, 0, eventSeconds, graphSeconds, csvRead));
        Log.Line($"  profile links: job {jobSeconds:0.0} s, SQL {sqlSeconds:0.0} s in {sqlCommands:N0} commands (COPY {copySeconds:0.0} s in {copies}), CSV read {csvRead:0.00} s, cycle-check graph {graphSeconds:0.00} s, event JSON {eventSeconds:0.00} s");

        await using (var cleanup = new PostgresRegistryDbContext(new DbContextOptionsBuilder<PostgresRegistryDbContext>().UseNpgsql(connectionString).Options))
            await cleanup.Database.EnsureDeletedAsync();
        return results;
    }

    static async Task<ImportJob> NewJobAsync(DbContextOptions<PostgresRegistryDbContext> options, ImportKind kind, string file, int rows)
    {
        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(), Kind = kind, Status = ImportStatus.Running, FileName = Path.GetFileName(file),
            FileBytes = new FileInfo(file).Length, TotalRows = rows, CreatedBy = "bench-profile", CreatedAt = DateTimeOffset.UtcNow, StartedAt = DateTimeOffset.UtcNow,
        };
        await using var db = new PostgresRegistryDbContext(options);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    static IEnumerable<(CsvHeader Header, string[] Cells)> ReadCsv(string path, IReadOnlyList<string> columns)
    {
        using var stream = File.OpenRead(path);
        using var reader = new CsvReader(stream);
        var header = CsvHeader.Read(reader, columns);
        while (reader.TryReadRow(out var cells)) yield return (header, cells);
    }

    static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalSeconds;
    }
}
