using System.Diagnostics;
using Npgsql;
using SupplierDD.Benchmarks;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

if (options.Risk) return await SupplierDD.Benchmarks.Risk.RiskBench.RunAsync(options);

var total = Stopwatch.StartNew();
Directory.CreateDirectory(options.WorkDir);
var results = new BenchResults { Options = options, StartedAt = DateTimeOffset.UtcNow };
Log.Line($"{(options.Quick ? "quick" : "full")} run: {options.Suppliers:N0} suppliers, {options.Links:N0} links; work folder {options.WorkDir}");

var server = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "postgres", Pooling = false };
await using (var admin = new NpgsqlConnection(server.ConnectionString))
{
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS supplierdd_bench WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
    await using var create = new NpgsqlCommand("CREATE DATABASE supplierdd_bench", admin);
    await create.ExecuteNonQueryAsync();
    await using var version = new NpgsqlCommand("SHOW server_version", admin);
    results.PostgresVersion = (string?)await version.ExecuteScalarAsync();
}
var benchDb = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "supplierdd_bench" }.ConnectionString;
var profileDb = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "supplierdd_bench_profile" }.ConnectionString;

var sw = Stopwatch.StartNew();
var graph = PvGraph.Generate(options.Suppliers, options.Links);
var suppliersCsv = Path.Combine(options.WorkDir, "suppliers.csv");
var linksCsv = Path.Combine(options.WorkDir, "supply-links.csv");
graph.WriteSuppliersCsv(suppliersCsv);
graph.WriteLinksCsv(linksCsv);
var rows = RawCopy.Prepare(graph);
results.Graph = graph.Describe();
results.CsvBytes = (new FileInfo(suppliersCsv).Length, new FileInfo(linksCsv).Length);
Log.Line($"graph: {results.Graph}; CSVs {results.CsvBytes.Suppliers / 1e6:0.0} MB + {results.CsvBytes.Links / 1e6:0.0} MB; prepared in {sw.Elapsed.TotalSeconds:0.0} s");

ServiceProcess? service = null;
var cpu = new CpuMeter(() => service?.Pid, options.PostgresDir, options.RabbitDir);
await using var dataSource = NpgsqlDataSource.Create(benchDb);
RabbitCounter? supplierEvents = null, linkEvents = null;
var exitCode = 0;
try
{
    // What else runs on the machine: others' CPU use shows up in every number below.
    var idleBefore = cpu.Take();
    await Task.Delay(3000);
    results.Background = CpuMeter.Between(idleBefore, cpu.Take());
    Log.Line($"before the run (3 s): {results.Background.Markdown()}");

    Log.Line($"starting the service: {options.ServiceDllPath}");
    service = await ServiceProcess.StartAsync(options.ServiceDllPath, benchDb, options.RabbitPort, options.WorkDir, new Dictionary<string, string>()
        .Concat(options.ServiceEnv).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value));
    if (options.ServiceEnv.Count > 0) results.Problems.Add($"The service ran with extra environment: {string.Join(", ", options.ServiceEnv.Select(e => $"{e.Key}={e.Value}"))}.");
    Log.Line($"service ready at {service.BaseAddress} (pid {service.Pid}); log {service.LogPath}");
    using var http = service.CreateClient();
    supplierEvents = await RabbitCounter.StartAsync(options.RabbitPort, "supplierdd-bench.supplier-registered", false, OutboxBenchmark.SupplierRegisteredExchange);
    linkEvents = await RabbitCounter.StartAsync(options.RabbitPort, "supplierdd-bench.supply-link-added", false, "SupplierDD.Contracts.SupplierRegistry:SupplyLinkAdded");
    results.RabbitMqVersion = await RabbitVersionAsync(options.RabbitPort);

    if (options.Only.Contains("import"))
    {
        Log.Line("1. import: raw COPY floor");
        var import = new ImportBenchmark(dataSource, cpu, options);
        results.Floor = await import.RunFloorAsync(rows);
        Log.Line("1. import: through the API");
        results.Imports.Add(await import.RunApiAsync(http, "suppliers", "api/suppliers/import", suppliersCsv, graph.Suppliers.Length, supplierEvents));
        results.Imports.Add(await import.RunApiAsync(http, "links", "api/supply-links/import", linksCsv, graph.Links.Length, linkEvents));
    }

    if (options.Only.Contains("trace"))
    {
        Log.Line("2. trace");
        if (!options.Only.Contains("import") || results.Imports.Any(i => i.Status != "Completed"))
        {
            Log.Line("  (loading the graph with COPY: no API import in this run)");
            await RawCopy.TruncateAsync(dataSource);
            await rows.CopySuppliersAsync(dataSource, withEvents: false);
            await rows.CopyLinksAsync(dataSource, withEvents: false);
        }
        await using (var analyze = dataSource.CreateCommand("ANALYZE")) await analyze.ExecuteNonQueryAsync();
        var ids = new Dictionary<(string, string), Guid>();
        await using (var cmd = dataSource.CreateCommand("""SELECT "Id", "RegistrationScheme", "RegistrationValue" FROM "Suppliers" """))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ids[(reader.GetString(1), reader.GetString(2))] = reader.GetGuid(0);
        List<(Guid, int)> Roots(bool upstream, int target, int[] tiers) =>
            graph.PickTraceNodes(upstream, target, options.TraceRequests, options.TraceDepth, tiers)
                .Select(p => (ids[(graph.Suppliers[p.Node].StoredScheme, graph.Suppliers[p.Node].Value)], p.Reach)).ToList();
        var trace = new TraceBenchmark(dataSource, cpu, options);
        results.Traces.Add(await trace.RunAsync(http, upstream: true, Roots(true, options.TargetUpstreamNodes, [5])));
        results.Traces.Add(await trace.RunAsync(http, upstream: false, Roots(false, options.TargetDownstreamNodes, [1, 2])));
    }

    if (options.Only.Contains("outbox"))
    {
        Log.Line("3. outbox throughput");
        var outbox = new OutboxBenchmark(dataSource, cpu, options);
        results.RawClassic = await outbox.RunRawAsync(quorum: false);
        results.RawQuorum = await outbox.RunRawAsync(quorum: true);
        results.Outbox = await outbox.RunOursAsync(supplierEvents);
    }

    if ((options.Only.Contains("import") && options.DispatcherOffRun && results.Imports.Count == 2) || options.Only.Contains("dispatcher-off"))
    {
        Log.Line("diagnostic: the same imports into a fresh database, service restarted with Messaging:Outbox:Enabled=false");
        await service.DisposeAsync();
        service = null;
        const string offName = "supplierdd_bench_dispatcher_off";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"DROP DATABASE IF EXISTS {offName} WITH (FORCE); CREATE DATABASE {offName}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var offDb = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = offName }.ConnectionString;
        service = await ServiceProcess.StartAsync(options.ServiceDllPath, offDb, options.RabbitPort, options.WorkDir, new Dictionary<string, string>
        {
            ["Messaging__Outbox__Enabled"] = "false",
        }.Concat(options.ServiceEnv.Where(e => e.Key != "Messaging__Outbox__Enabled")).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        using var offHttp = service.CreateClient();
        await using var offSource = NpgsqlDataSource.Create(offDb);
        var import = new ImportBenchmark(offSource, cpu, options);
        results.ImportsDispatcherOff.Add(await import.RunApiAsync(offHttp, "suppliers", "api/suppliers/import", suppliersCsv, graph.Suppliers.Length, null));
        results.ImportsDispatcherOff.Add(await import.RunApiAsync(offHttp, "links", "api/supply-links/import", linksCsv, graph.Links.Length, null));
    }
}
catch (Exception e)
{
    exitCode = 1;
    results.Problems.Add($"The run stopped early: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine(e);
    if (service is not null) Console.Error.WriteLine($"service log: {service.LogPath}");
}
finally
{
    if (supplierEvents is not null) await supplierEvents.DisposeAsync();
    if (linkEvents is not null) await linkEvents.DisposeAsync();
    if (service is not null)
    {
        if (service.HasExited) results.Problems.Add($"The service process exited during the run; see its log.");
        await service.DisposeAsync();
        results.ServiceLogTail = File.Exists(service.LogPath) ? File.ReadLines(service.LogPath).Where(l => (l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal))
            // EF Core logs its probe of the not-yet-created migrations history table as an error on a fresh database.
            && !l.Contains("__EFMigrationsHistory", StringComparison.Ordinal)).Take(5).ToList() : [];
    }
}

if (exitCode == 0 && options.Only.Contains("import") && options.Profile)
{
    Log.Line("profile: the service's import code in-process, SQL timed (no dispatcher, no HTTP)");
    try
    {
        results.Profile.AddRange(await ImportProfile.RunAsync(profileDb, graph, rows, suppliersCsv, linksCsv));
    }
    catch (Exception e)
    {
        results.Problems.Add($"The import profile failed: {e.GetType().Name}: {e.Message}");
        Console.Error.WriteLine(e);
    }
}

// Others' load on a shared 2-core machine inflates wall times: say so next to the numbers.
var phases = results.Imports.Select(i => ($"{i.Kind} import", i.JobCpu))
    .Concat(results.ImportsDispatcherOff.Select(i => ($"{i.Kind} import (dispatcher off)", i.JobCpu)))
    .Concat(results.Traces.Select(t => ($"{t.Direction} trace", t.ApiCpu)))
    .Concat(results.Outbox is { } ob ? [("outbox", ob.Cpu)] : Array.Empty<(string, CpuUsage)>());
foreach (var (phase, usage) in phases)
{
    var share = usage.Others / (usage.Wall * Environment.ProcessorCount);
    if (share > 0.10)
        results.Problems.Add($"Other processes on the machine used {100 * share:0} % of its CPU during the {phase} ({usage.Others:0.0} CPU s in {usage.Wall:0.0} s): that phase's time is inflated; re-run on an idle machine to compare.");
}

results.TotalSeconds = total.Elapsed.TotalSeconds;
var markdown = Report.Markdown(results);
Console.WriteLine();
Console.WriteLine(markdown);
if (options.Output is { } output)
{
    Report.Splice(output, markdown);
    Log.Line($"results written to {output}");
}
return exitCode;

static async Task<string?> RabbitVersionAsync(int port)
{
    await using var connection = await RabbitCounter.Factory(port).CreateConnectionAsync("version");
    return connection.ServerProperties is { } p && p.TryGetValue("version", out var v) && v is byte[] b ? System.Text.Encoding.UTF8.GetString(b) : null;
}
