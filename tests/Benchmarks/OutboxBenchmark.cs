using System.Diagnostics;
using Npgsql;
using RabbitMQ.Client;
using SupplierDD.ServiceDefaults.Messaging;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.Benchmarks;

public sealed record RawPublishResult(string QueueType, int Messages, int BodyBytes, double Seconds, double PerSecond, long Arrived);

public sealed record OutboxResult(
    int Messages, int BodyBytes, double Seconds, double PerSecond, double FirstArrivalSeconds, double SteadyPerSecond,
    double AllMarkedSentSeconds, long Arrived, long Duplicates, CpuUsage Cpu);

/// <summary>
/// Benchmark 3: events committed → consumed. Ours: N SupplierRegistered rows committed to the outbox in one
/// transaction; the service's dispatcher publishes them through MassTransit; a plain consumer on a queue
/// bound to the event's exchange counts them. Floor: RabbitMQ.Client publishing N persistent 1 KB messages
/// with publisher confirms (at most <see cref="Window"/> unconfirmed, as many as one dispatcher batch)
/// to a classic and to a quorum queue, counted by the same consumer.
/// </summary>
public sealed class OutboxBenchmark(NpgsqlDataSource db, CpuMeter cpu, BenchOptions options)
{
    public const int Window = 500;
    public const string SupplierRegisteredExchange = "SupplierDD.Contracts.SupplierRegistry:SupplierRegistered";

    /// <summary>Best of <see cref="BenchOptions.FloorRuns"/> runs: the floor is what the broker can do.</summary>
    public async Task<RawPublishResult> RunRawAsync(bool quorum)
    {
        RawPublishResult? best = null;
        for (var i = 0; i < options.FloorRuns; i++)
        {
            var r = await RunRawOnceAsync(quorum);
            if (best is null || r.PerSecond > best.PerSecond) best = r;
        }
        return best!;
    }

    async Task<RawPublishResult> RunRawOnceAsync(bool quorum)
    {
        var queueType = quorum ? "quorum" : "classic";
        var queue = $"supplierdd-bench.raw-{queueType}";
        var n = options.OutboxMessages;
        await using var counter = await RabbitCounter.StartAsync(options.RabbitPort, queue, quorum);
        await using var connection = await RabbitCounter.Factory(options.RabbitPort).CreateConnectionAsync("raw-publisher");
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var body = new byte[1024];
        new Random(7).NextBytes(body);

        async Task PublishAsync(int count, SemaphoreSlim window, List<Task> tasks)
        {
            for (var i = 0; i < count; i++)
            {
                await window.WaitAsync();
                var props = new BasicProperties { Persistent = true, MessageId = Guid.NewGuid().ToString("N"), ContentType = "application/octet-stream" };
                tasks.Add(Confirmed(channel.BasicPublishAsync("", queue, mandatory: false, props, body), window));
            }
            await Task.WhenAll(tasks);
        }

        // Warm-up (not counted): connection, channel, queue process.
        var warm = Math.Min(1000, n / 10);
        await PublishAsync(warm, new SemaphoreSlim(Window), []);
        await counter.WaitForAsync(warm, TimeSpan.FromSeconds(60));
        counter.Reset();

        var start = Stopwatch.GetTimestamp();
        await PublishAsync(n, new SemaphoreSlim(Window), new List<Task>(n));
        var ok = await counter.WaitForAsync(n, TimeSpan.FromSeconds(300));
        var seconds = Stopwatch.GetElapsedTime(start, ok ? counter.LastAt : Stopwatch.GetTimestamp()).TotalSeconds;
        var result = new RawPublishResult(queueType, n, body.Length, seconds, counter.Count / seconds, counter.Count);
        Log.Line($"  raw RabbitMQ.Client → {queueType} queue: {n:N0} × 1 KB persistent, confirmed, consumed in {seconds:0.00} s = {result.PerSecond:N0}/s");
        await using var cleanup = await connection.CreateChannelAsync();
        await cleanup.QueueDeleteAsync(queue);
        return result;
    }

    static async Task Confirmed(ValueTask publish, SemaphoreSlim window)
    {
        try { await publish; }
        finally { window.Release(); }
    }

    public async Task<OutboxResult> RunOursAsync(RabbitCounter counter)
    {
        var n = options.OutboxMessages;
        // Start from an idle dispatcher: nothing pending from earlier phases.
        await WaitForEmptyOutboxAsync(TimeSpan.FromSeconds(300));
        counter.Reset();

        var now = DateTimeOffset.UtcNow;
        var events = new List<OutboxMessage>(n);
        for (var i = 0; i < n; i++)
        {
            var s = new Supplier
            {
                Id = Guid.CreateVersion7(now), Name = $"Outbox Benchmark Polysilicon Co., Ltd. {i:D6}", LocalName = $"基准多晶硅有限公司{i:D6}",
                RegistrationScheme = "DE-HRB", RegistrationValue = $"HRB {900000 + i}", CountryCode = "DE", RegionCode = "DE-BY",
                Roles = SupplierRole.Polysilicon, ContactEmail = $"compliance@bench{i:D6}.example.com", Status = OnboardingStatus.Draft,
                Version = 1, CreatedAt = now, UpdatedAt = now, CreatedBy = "bench",
            };
            s.Aliases.Add(new SupplierAlias { SupplierId = s.Id, Name = $"Bench Poly {i:D6}" });
            events.Add(OutboxMessage.Create(SupplierEvents.Registered(s, "bench")));
        }
        var bodyBytes = (int)events.Average(e => System.Text.Encoding.UTF8.GetByteCount(e.Body));

        await using (var conn = await db.OpenConnectionAsync())
        {
            await using var tx = await conn.BeginTransactionAsync();
            await RawCopy.CopyEventsAsync(conn, events, sent: false);
            await tx.CommitAsync();
        }
        var committed = Stopwatch.GetTimestamp();
        var before = cpu.Take();
        Log.Line($"  committed {n:N0} SupplierRegistered outbox rows (JSON body {bodyBytes:N0} bytes); waiting for the dispatcher");

        var ok = await counter.WaitForAsync(n, TimeSpan.FromSeconds(600));
        var after = cpu.Take();
        var seconds = Stopwatch.GetElapsedTime(committed, ok ? counter.LastAt : Stopwatch.GetTimestamp()).TotalSeconds;
        var first = counter.FirstAt == 0 ? double.NaN : Stopwatch.GetElapsedTime(committed, counter.FirstAt).TotalSeconds;
        var steady = counter.FirstAt == 0 ? 0 : counter.Count / Math.Max(1e-6, Stopwatch.GetElapsedTime(counter.FirstAt, counter.LastAt).TotalSeconds);
        var markedSent = await WaitForEmptyOutboxAsync(TimeSpan.FromSeconds(60)) ? Stopwatch.GetElapsedTime(committed).TotalSeconds : double.NaN;
        var result = new OutboxResult(n, bodyBytes, seconds, counter.Count / seconds, first, steady, markedSent, counter.Count, counter.Duplicates, CpuMeter.Between(before, after));
        Log.Line($"  outbox → MassTransit → classic queue: {counter.Count:N0} consumed in {seconds:0.00} s after commit = {result.PerSecond:N0}/s (first after {first:0.00} s; steady {steady:N0}/s; {counter.Duplicates} duplicates)");
        return result;
    }

    public async Task<bool> WaitForEmptyOutboxAsync(TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            await using var cmd = db.CreateCommand("""SELECT count(*) FROM "OutboxMessages" WHERE "SentAt" IS NULL""");
            if ((long)(await cmd.ExecuteScalarAsync())! == 0) return true;
            await Task.Delay(100);
        }
        return false;
    }
}
