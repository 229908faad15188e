using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows. Rows are claimed with a lease by a conditional UPDATE, so two
/// dispatchers (two replicas) never publish the same row at once; a dispatcher that dies loses
/// its lease and another takes over. Rows in a batch are published concurrently and each waits
/// for the broker's confirm before it is marked sent, so delivery is at least once — consumers
/// deduplicate with the inbox. Events carry versions, so they need not arrive in order.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    BulkWriteGate bulkWrites,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    static readonly ActivitySource Activity = new(Telemetry.SourceName);
    static readonly ConcurrentDictionary<string, Type?> Types = new();
    readonly string host = Environment.MachineName.Length > 40 ? Environment.MachineName[..40] : Environment.MachineName;
    DateTimeOffset nextCleanup = DateTimeOffset.MinValue;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
                await CleanupAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox dispatch failed; retrying after {Delay}", settings.PollInterval);
            }
            try
            {
                if (published == 0) await signal.WaitAsync(settings.PollInterval, stoppingToken);
                else if (bulkWrites.IsBusy && settings.PaceDuringBulkWrites > TimeSpan.Zero)
                    await bulkWrites.WaitForIdleAsync(settings.PaceDuringBulkWrites, stoppingToken);
            }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Claims and publishes one batch; returns how many rows were handled.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var now = time.GetUtcNow();

        var claim = $"{host}:{Guid.NewGuid():N}";
        var leaseEnd = now + settings.LeaseDuration;
        var rows = db.Database.IsNpgsql()
            ? await ClaimSkippingLockedAsync(db, claim, now, leaseEnd, settings.BatchSize, cancellationToken)
            : await ClaimAsync(db, claim, now, leaseEnd, settings.BatchSize, cancellationToken);
        if (rows.Count == 0) return 0;

        using var activity = Activity.StartActivity("outbox dispatch");
        activity?.SetTag("outbox.batch_size", rows.Count);
        var outcomes = await Task.WhenAll(rows.Select(row => PublishAsync(row, settings, cancellationToken)));

        var sentIds = rows.Where((_, i) => outcomes[i] is null).Select(r => r.Id).ToList();
        if (sentIds.Count > 0)
        {
            var sentAt = time.GetUtcNow();
            await db.OutboxMessages.Where(m => sentIds.Contains(m.Id) && m.LockedBy == claim)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), cancellationToken);
        }
        if (sentIds.Count < rows.Count)
            await RecordFailuresAsync(db, claim, rows, outcomes, sentIds.Count > 0, settings, cancellationToken);
        return rows.Count;
    }

    /// <summary>
    /// Backs failed rows off, and gives up on a row after <see cref="OutboxOptions.MaxAttempts"/>: it is marked failed with
    /// its reason and never claimed again, so it cannot hold back the rows behind it — provided that last failure was the
    /// row's own: its type or body cannot be read, or the broker was reachable (another row of the batch went out, or the
    /// bus reports healthy) and still refused it. During an outage rows just back off.
    /// </summary>
    async Task RecordFailuresAsync(ServiceDbContext db, string claim, List<OutboxMessage> rows, IReadOnlyList<PublishOutcome?> outcomes, bool someSent,
        OutboxOptions settings, CancellationToken cancellationToken)
    {
        var brokerReachable = someSent || (bus is IBusControl control && control.CheckHealth().Status == BusHealthStatus.Healthy);
        var failed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (outcomes[i] is not { } outcome) continue;
            var row = rows[i];
            var attempts = row.Attempts + 1;
            var now = time.GetUtcNow();
            var message = outcome.Error.Length > 2000 ? outcome.Error[..2000] : outcome.Error;
            var givenUp = attempts >= settings.MaxAttempts && (outcome.Permanent || brokerReachable);
            DateTimeOffset? failedAt = givenUp ? now : null;
            DateTimeOffset? retryAt = givenUp ? null : now + Backoff(attempts, settings.MaxBackoff);
            await db.OutboxMessages.Where(m => m.Id == row.Id && m.LockedBy == claim)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.FailedAt, failedAt)
                    .SetProperty(m => m.LastError, message)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), cancellationToken);
            if (givenUp)
            {
                failed++;
                logger.LogError("Outbox: event {Id} ({MessageType}, message {MessageId}) failed {Attempts} times and will not be retried: {Error}",
                    row.Id, row.MessageType, row.MessageId, attempts, message);
            }
        }
        logger.LogWarning("Outbox: {Failed} of {Count} events could not be published; {GivenUp} given up, the rest will be retried with backoff",
            outcomes.Count(o => o is not null), rows.Count, failed);
    }

    /// <summary>Why a publish failed; <see cref="Permanent"/> when no retry can succeed (unknown type, unreadable body).</summary>
    sealed record PublishOutcome(string Error, bool Permanent);

    /// <summary>PostgreSQL: one statement claims a batch; rows another dispatcher is claiming right now are skipped, not waited for.</summary>
    static async Task<List<OutboxMessage>> ClaimSkippingLockedAsync(ServiceDbContext db, string claim, DateTimeOffset now, DateTimeOffset leaseEnd, int batchSize, CancellationToken ct)
    {
        var rows = await db.OutboxMessages.FromSqlInterpolated($"""
            UPDATE "OutboxMessages" SET "LockedBy" = {claim}, "LockedUntil" = {leaseEnd}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "SentAt" IS NULL AND "FailedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {now}) AND ("NextAttemptAt" IS NULL OR "NextAttemptAt" <= {now})
                ORDER BY "Id" LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(ct);
        return rows.OrderBy(r => r.Id).ToList();
    }

    /// <summary>
    /// Any provider: pick candidates, claim them with a conditional UPDATE (the predicate is re-checked per row
    /// under its lock, so a row another dispatcher claimed first is skipped), then read what this claim got.
    /// </summary>
    static async Task<List<OutboxMessage>> ClaimAsync(ServiceDbContext db, string claim, DateTimeOffset now, DateTimeOffset leaseEnd, int batchSize, CancellationToken ct)
    {
        var candidates = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.FailedAt == null && (m.LockedUntil == null || m.LockedUntil < now) && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(ct);
        if (candidates.Count == 0) return [];
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.SentAt == null && m.FailedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntil, leaseEnd), ct);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => candidates.Contains(m.Id) && m.LockedBy == claim && m.SentAt == null)
            .OrderBy(m => m.Id)
            .ToListAsync(ct);
    }

    async Task<PublishOutcome?> PublishAsync(OutboxMessage row, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var type = Types.GetOrAdd(row.MessageType, name => Type.GetType(name, throwOnError: false));
        if (type is null) return new PublishOutcome($"Unknown message type '{row.MessageType}'.", Permanent: true);
        object message;
        try
        {
            message = JsonSerializer.Deserialize(row.Body, type, OutboxMessage.Json) ?? throw new JsonException("The body is null.");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            return new PublishOutcome($"The body is not a {type.Name}: {ex.Message}", Permanent: true);
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.PublishTimeout);
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(ctx => ctx.MessageId = row.MessageId), timeout.Token);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new PublishOutcome($"{ex.GetType().Name}: {ex.Message}", Permanent: false);
        }
    }

    static TimeSpan Backoff(int attempts, TimeSpan max)
    {
        var seconds = Math.Pow(2, Math.Min(attempts, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }

    async Task CleanupAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < nextCleanup) return;
        nextCleanup = now + TimeSpan.FromMinutes(10);
        var cutoff = now - options.Value.Retention;
        var inboxCutoff = now - options.Value.InboxRetention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.InboxMessages.Where(m => m.ReceivedAt < inboxCutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
