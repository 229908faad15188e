using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;

namespace SupplierDD.Benchmarks;

public sealed record ApiImportResult(
    string Kind, int Rows, double AcceptedSeconds, double CompletedSeconds, double? DeliveredSeconds,
    int Created, int Failed, string Status, string? FirstErrors, long EventsExpected, long EventsArrived, long DuplicateEvents,
    long PendingAtCompletion, CpuUsage JobCpu, CpuUsage? DrainCpu, DateTimeOffset? JobStarted, DateTimeOffset? JobFinished,
    double? DrainRateFirst10s, double? DrainRateLast10s, double? DrainRateAfterCompletion, string? OutboxTable);

/// <summary>Benchmark 1: the CSV imports through the API, from upload to job Completed, against binary COPY of the same rows.</summary>
public sealed class ImportBenchmark(NpgsqlDataSource db, CpuMeter cpu, BenchOptions options)
{
    public sealed record FloorResult(double Suppliers, double Links, double SuppliersWithEvents, double LinksWithEvents, IReadOnlyList<(double Suppliers, double Links)> Runs);

    public async Task<FloorResult> RunFloorAsync(RawCopy rows)
    {
        var runs = new List<(double, double)>();
        for (var i = 0; i < options.FloorRuns; i++)
        {
            await RawCopy.TruncateAsync(db);
            var s = await rows.CopySuppliersAsync(db, withEvents: false);
            var l = await rows.CopyLinksAsync(db, withEvents: false);
            Log.Line($"  raw COPY run {i + 1}: suppliers {s:0.00} s, links {l:0.00} s");
            runs.Add((s, l));
        }
        await RawCopy.TruncateAsync(db);
        var se = await rows.CopySuppliersAsync(db, withEvents: true);
        var le = await rows.CopyLinksAsync(db, withEvents: true);
        Log.Line($"  raw COPY with event rows: suppliers {se:0.00} s, links {le:0.00} s");
        await RawCopy.TruncateAsync(db);
        return new FloorResult(runs.Min(r => r.Item1), runs.Min(r => r.Item2), se, le, runs);
    }

    /// <summary>Uploads one CSV and polls the job; then, when <paramref name="events"/> is given, waits until its events have all arrived.</summary>
    public async Task<ApiImportResult> RunApiAsync(HttpClient http, string kind, string route, string csvPath, int rows, RabbitCounter? events)
    {
        events?.Reset();
        var before = cpu.Take();
        var sw = Stopwatch.StartNew();
        HttpResponseMessage response;
        await using (var file = File.OpenRead(csvPath))
        {
            using var content = new StreamContent(file, 1 << 16);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
            response = await http.PostAsync(route, content);
        }
        var accepted = sw.Elapsed.TotalSeconds;
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"POST {route} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location ?? throw new InvalidOperationException($"POST {route} gave no Location");
        response.Dispose();
        Log.Line($"  {kind}: 202 after {accepted:0.00} s (upload and file check); polling {location}");

        JsonElement job;
        var lastReport = 0.0;
        while (true)
        {
            await Task.Delay(100);
            using var poll = await http.GetAsync(location);
            poll.EnsureSuccessStatusCode();
            job = JsonDocument.Parse(await poll.Content.ReadAsStringAsync()).RootElement.Clone();
            var status = job.GetProperty("status").GetString();
            if (status is "Completed" or "Failed") break;
            if (sw.Elapsed.TotalSeconds - lastReport >= 15)
            {
                lastReport = sw.Elapsed.TotalSeconds;
                Log.Line($"    {sw.Elapsed.TotalSeconds:0} s: {status}, {job.GetProperty("rowsDone").GetInt32():N0}/{job.GetProperty("totalRows").GetInt32():N0} rows, {events?.Count ?? 0:N0} events arrived");
            }
            if (sw.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException($"{kind} import did not finish in 30 minutes");
        }
        var completed = sw.Elapsed.TotalSeconds;
        var atCompletion = cpu.Take();
        var created = job.GetProperty("created").GetInt32() + job.GetProperty("updated").GetInt32();
        var failed = job.GetProperty("failed").GetInt32();
        string? errors = null;
        if (job.TryGetProperty("errors", out var errs) && errs.GetArrayLength() > 0)
            errors = string.Join("; ", errs.EnumerateArray().Take(3).Select(e => $"row {e.GetProperty("row")}: {e.GetProperty("message").GetString()}"));
        if (job.GetProperty("status").GetString() == "Failed") errors = job.TryGetProperty("message", out var m) ? m.GetString() : errors;
        long pending;
        await using (var cmd = db.CreateCommand("""SELECT count(*) FROM "OutboxMessages" WHERE "SentAt" IS NULL"""))
            pending = (long)(await cmd.ExecuteScalarAsync())!;
        Log.Line($"  {kind}: {job.GetProperty("status").GetString()} after {completed:0.0} s: {created:N0} written, {failed:N0} failed; {events?.Count ?? 0:N0} events arrived, {pending:N0} outbox rows not yet sent");

        double? delivered = null, firstRate = null, lastRate = null, overallRate = null;
        CpuUsage? drainCpu = null;
        if (created > 0 && events is not null)
        {
            // Sample the arrivals once a second: a drain rate that falls as the backlog is worked off shows up here.
            var samples = new List<(double T, long Count)>();
            var drain = Stopwatch.StartNew();
            var countAtCompletion = events.Count;
            while (true)
            {
                samples.Add((drain.Elapsed.TotalSeconds, events.Count));
                if (events.Count >= created || drain.Elapsed >= options.DrainTimeout) break;
                await events.WaitForAsync(created, TimeSpan.FromSeconds(1));
            }
            if (events.Count >= created)
            {
                delivered = Stopwatch.GetElapsedTime(before.Timestamp, events.LastAt).TotalSeconds;
                drainCpu = CpuMeter.Between(atCompletion, cpu.Take());
                var drainSeconds = delivered.Value - completed;
                if (drainSeconds > 0.5) overallRate = (created - countAtCompletion) / drainSeconds;
                if (samples[^1].T >= 20)
                {
                    var at10 = samples.First(x => x.T >= 10);
                    firstRate = (at10.Count - samples[0].Count) / at10.T;
                    var from = samples.Last(x => x.T <= samples[^1].T - 10);
                    lastRate = (samples[^1].Count - from.Count) / (samples[^1].T - from.T);
                }
                Log.Line($"  {kind}: all {created:N0} events consumed {delivered:0.0} s after the upload started" +
                    (firstRate is not null ? $" (after Completed: {firstRate:N0}/s in the first 10 s, {lastRate:N0}/s in the last 10 s)" : ""));
            }
            else Log.Line($"  {kind}: only {events.Count:N0} of {created:N0} events arrived within {options.DrainTimeout.TotalSeconds:0} s of completion");
        }
        string? table = null;
        await using (var cmd = db.CreateCommand("""
            SELECT n_live_tup, n_dead_tup, autovacuum_count, pg_size_pretty(pg_table_size('"OutboxMessages"')), pg_size_pretty(pg_indexes_size('"OutboxMessages"'))
            FROM pg_stat_user_tables WHERE relname = 'OutboxMessages'
            """))
        await using (var reader = await cmd.ExecuteReaderAsync())
            if (await reader.ReadAsync())
                table = $"{reader.GetInt64(0):N0} live / {reader.GetInt64(1):N0} dead rows, autovacuumed {reader.GetInt64(2)}×, table {reader.GetString(3)}, indexes {reader.GetString(4)}";
        DateTimeOffset? Time(string name) => job.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetDateTimeOffset() : null;
        return new ApiImportResult(kind, rows, accepted, completed, delivered, created, failed, job.GetProperty("status").GetString()!, errors,
            created, events?.Count ?? 0, events?.Duplicates ?? 0, pending, CpuMeter.Between(before, atCompletion), drainCpu, Time("startedAt"), Time("finishedAt"),
            firstRate, lastRate, overallRate, table);
    }
}
