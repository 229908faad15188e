using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>The queues this service consumes from, recorded as the bus configures them; their <c>_error</c> queues are watched.</summary>
public sealed class MessagingEndpoints
{
    readonly Lock sync = new();
    readonly SortedSet<string> names = new(StringComparer.Ordinal);

    /// <summary>Called by the bus for every receive endpoint it configures.</summary>
    public void Add(string queue)
    {
        lock (sync) names.Add(queue);
    }

    /// <summary>The receive queues known so far.</summary>
    public IReadOnlyList<string> Queues
    {
        get { lock (sync) return [.. names]; }
    }
}

/// <summary>What an operator watches: the outbox backlog, rows given up on, and messages parked in error queues.</summary>
public sealed record MessagingReport(OutboxReport Outbox, IReadOnlyList<QueueDepth> ErrorQueues, string Broker, DateTimeOffset ReadAt)
{
    /// <summary>Messages in all error queues together.</summary>
    public long ErrorQueueMessages => ErrorQueues.Sum(q => q.Messages);
    /// <summary>Nothing failed and nothing waits in an error queue.</summary>
    public bool Clean => Outbox.Failed == 0 && ErrorQueueMessages == 0;
}

/// <summary>The outbox: rows waiting, the age of the oldest, rows given up on (the latest of them with their reasons).</summary>
public sealed record OutboxReport(int Pending, double? OldestPendingSeconds, int Failed, IReadOnlyList<FailedOutboxRow> FailedRows);

/// <summary>An outbox row the dispatcher gave up on.</summary>
public sealed record FailedOutboxRow(long Id, Guid MessageId, string MessageType, int Attempts, string? LastError, DateTimeOffset? FailedAt);

/// <summary>Messages ready in one queue.</summary>
public sealed record QueueDepth(string Queue, long Messages);

/// <summary>
/// Reads <see cref="MessagingReport"/>: counts from the service's own outbox table, error-queue depths by a passive queue
/// declare on the broker (no management plugin needed; a queue that does not exist yet holds nothing). The last report
/// feeds the OpenTelemetry gauges and the readiness details, refreshed every <see cref="MessagingMonitorOptions.Interval"/>.
/// </summary>
public sealed class MessagingMonitor(
    IServiceScopeFactory scopes,
    MessagingEndpoints endpoints,
    IOptions<MessagingOptions> messaging,
    TimeProvider time,
    ILogger<MessagingMonitor> logger) : IAsyncDisposable
{
    /// <summary>How many failed rows the report lists in full.</summary>
    public const int FailedRowsListed = 20;

    readonly SemaphoreSlim connecting = new(1, 1);
    IConnection? connection;

    /// <summary>The last report read, or null before the first.</summary>
    public MessagingReport? Last { get; private set; }

    /// <summary>Reads a fresh report.</summary>
    public async Task<MessagingReport> ReadAsync(CancellationToken ct)
    {
        var outbox = await ReadOutboxAsync(ct);
        var (queues, broker) = await ReadErrorQueuesAsync(ct);
        var report = new MessagingReport(outbox, queues, broker, time.GetUtcNow());
        Last = report;
        return report;
    }

    async Task<OutboxReport> ReadOutboxAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var pending = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null && m.FailedAt == null);
        var count = await pending.CountAsync(ct);
        var oldest = count == 0 ? null : await pending.OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct);
        var failed = db.OutboxMessages.AsNoTracking().Where(m => m.FailedAt != null);
        var failedCount = await failed.CountAsync(ct);
        var rows = failedCount == 0 ? [] : await failed.OrderByDescending(m => m.Id).Take(FailedRowsListed)
            .Select(m => new FailedOutboxRow(m.Id, m.MessageId, m.MessageType, m.Attempts, m.LastError, m.FailedAt)).ToListAsync(ct);
        double? age = oldest is { } o ? Math.Max(0, (time.GetUtcNow() - o).TotalSeconds) : null;
        return new OutboxReport(count, age, failedCount, rows);
    }

    async Task<(IReadOnlyList<QueueDepth>, string)> ReadErrorQueuesAsync(CancellationToken ct)
    {
        if (messaging.Value.Transport != MessagingTransport.RabbitMq) return ([], "in-memory");
        var queues = endpoints.Queues;
        if (queues.Count == 0) return ([], "ok");
        try
        {
            var conn = await ConnectAsync(ct);
            var depths = new List<QueueDepth>(queues.Count);
            foreach (var queue in queues)
            {
                var errorQueue = queue + "_error";
                // A passive declare of a missing queue closes the channel (404), so one channel per queue.
                await using var channel = await conn.CreateChannelAsync(cancellationToken: ct);
                try { depths.Add(new QueueDepth(errorQueue, (await channel.QueueDeclarePassiveAsync(errorQueue, ct)).MessageCount)); }
                catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404) { depths.Add(new QueueDepth(errorQueue, 0)); }
            }
            return (depths, "ok");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Messaging monitor: cannot read the error queues");
            await DropConnectionAsync();
            return (Last?.ErrorQueues ?? [], $"unreachable: {ex.GetType().Name}: {ex.Message}");
        }
    }

    async Task<IConnection> ConnectAsync(CancellationToken ct)
    {
        await connecting.WaitAsync(ct);
        try
        {
            if (connection is { IsOpen: true }) return connection;
            if (connection is not null) await connection.DisposeAsync();
            var rabbit = messaging.Value.RabbitMq;
            connection = await new ConnectionFactory
            {
                HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost, UserName = rabbit.Username, Password = rabbit.Password,
                ClientProvidedName = "supplierdd-messaging-monitor", AutomaticRecoveryEnabled = false,
            }.CreateConnectionAsync(ct);
            return connection;
        }
        finally { connecting.Release(); }
    }

    async Task DropConnectionAsync()
    {
        var old = Interlocked.Exchange(ref connection, null);
        if (old is not null)
        {
            try { await old.DisposeAsync(); } catch (Exception ex) { logger.LogDebug(ex, "Messaging monitor: closing a broken connection"); }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await DropConnectionAsync();
}

/// <summary>Bound from <c>Messaging:Monitor</c>.</summary>
public sealed class MessagingMonitorOptions
{
    /// <summary>How often the gauges and the readiness details are refreshed.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Refreshes the monitor's report and publishes it as OpenTelemetry gauges (meter <c>SupplierDD</c>).</summary>
sealed class MessagingMonitorService : BackgroundService
{
    readonly MessagingMonitor monitor;
    readonly IOptions<MessagingMonitorOptions> options;
    readonly ILogger<MessagingMonitorService> logger;

    public MessagingMonitorService(MessagingMonitor monitor, IMeterFactory meters, IOptions<MessagingMonitorOptions> options, ILogger<MessagingMonitorService> logger)
    {
        this.monitor = monitor;
        this.options = options;
        this.logger = logger;
        var meter = meters.Create(Telemetry.SourceName);
        meter.CreateObservableGauge("supplierdd.outbox.pending", () => monitor.Last?.Outbox.Pending ?? 0, "{event}", "Outbox rows waiting to be published.");
        meter.CreateObservableGauge("supplierdd.outbox.oldest_pending_age", () => monitor.Last?.Outbox.OldestPendingSeconds ?? 0, "s", "Age of the oldest outbox row waiting to be published.");
        meter.CreateObservableGauge("supplierdd.outbox.failed", () => monitor.Last?.Outbox.Failed ?? 0, "{event}", "Outbox rows given up on (FailedAt set).");
        meter.CreateObservableGauge("supplierdd.messaging.error_queue.messages", () =>
            (monitor.Last?.ErrorQueues ?? []).Select(q => new Measurement<long>(q.Messages, new KeyValuePair<string, object?>("queue", q.Queue))),
            "{message}", "Messages in each of this service's error queues.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try { await monitor.ReadAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex) { logger.LogWarning(ex, "Messaging monitor: reading the report failed"); }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}

/// <summary>
/// Readiness details from the last report: degraded (still ready, HTTP 200) when rows failed, messages wait in an error
/// queue or the broker could not be asked; a human must look, but taking the service out of rotation would not help.
/// </summary>
sealed class MessagingHealthCheck(MessagingMonitor monitor) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (monitor.Last is not { } report)
            return Task.FromResult(Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("not read yet"));
        var description = $"outbox: {report.Outbox.Pending} pending, {report.Outbox.Failed} failed; error queues: {report.ErrorQueueMessages} messages; broker: {report.Broker}";
        var data = new Dictionary<string, object>
        {
            ["outboxPending"] = report.Outbox.Pending,
            ["outboxFailed"] = report.Outbox.Failed,
            ["errorQueueMessages"] = report.ErrorQueueMessages,
        };
        return Task.FromResult(report.Clean && report.Broker is "ok" or "in-memory"
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(description, data)
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded(description, data: data));
    }
}
