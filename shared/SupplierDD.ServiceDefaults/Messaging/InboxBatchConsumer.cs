using System.Runtime.ExceptionServices;
using MassTransit;
using MassTransit.Middleware.Rescue;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>
/// Like <see cref="InboxConsumer{TMessage}"/>, for a batch: one query finds the messages already handled, the rest are
/// handled in one DbContext and saved with their inbox rows in one transaction. Use it where events arrive in bursts
/// (an import of 100k suppliers) and one transaction per message would be the bottleneck.
/// <para>
/// When the batch fails, its messages are handled again one at a time, so one bad message never takes its batch down:
/// the good ones take effect (once: the inbox), and only a message that still fails on its own goes to the endpoint's
/// <c>_error</c> queue, through the transport's error pipe (MassTransit's <c>MT-Fault-*</c> headers say why). When every
/// message fails on its own, the cause is more likely the database than the messages: the batch fails as a whole and
/// MassTransit's retry and error handling take over. A concurrent duplicate fails on the inbox key; the one-by-one pass
/// finds it in the inbox and skips it.
/// </para>
/// </summary>
public abstract class InboxBatchConsumer<TMessage>(ServiceDbContext db, TimeProvider time) : IConsumer<Batch<TMessage>>
    where TMessage : class
{
    /// <summary>The service's clock (the one the inbox rows are stamped with).</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>Stable name recorded in the inbox; defaults to the consumer's type name.</summary>
    protected virtual string ConsumerName => GetType().Name;

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        var ct = context.CancellationToken;
        var messages = context.Message.ToList();
        try
        {
            await HandleAndSaveAsync(messages, ct);
            return;
        }
        catch (Exception ex) when (messages.Count > 1 && !ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            LogContext.Warning?.Log(ex, "{Consumer}: a batch of {Count} failed; handling its messages one by one", ConsumerName, messages.Count);
        }

        var failures = new List<(ConsumeContext<TMessage> Message, Exception Error)>();
        foreach (var message in messages)
        {
            try
            {
                await HandleAndSaveAsync([message], ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                failures.Add((message, ex));
            }
        }
        if (failures.Count == 0) return;
        // Nothing took effect: rather the database than every message at once. Fail the batch; MassTransit retries it.
        if (failures.Count == messages.Count) ExceptionDispatchInfo.Throw(failures[0].Error);

        foreach (var (message, error) in failures)
            await MoveToErrorQueueAsync(message, error);
    }

    /// <summary>
    /// Sends one message of the batch to the endpoint's error queue as MassTransit does for a faulted message (same
    /// transport, same fault headers); the batch then completes, which acknowledges it on the input queue.
    /// </summary>
    async Task MoveToErrorQueueAsync(ConsumeContext<TMessage> message, Exception error)
    {
        var receive = message.ReceiveContext;
        if (!receive.TryGetPayload(out IErrorTransport? errorTransport))
            throw new InvalidOperationException($"{ConsumerName}: the transport has no error queue for {typeof(TMessage).Name}.", error);
        LogContext.Error?.Log(error, "{Consumer}: {MessageType} {MessageId} failed on its own; moved to the error queue", ConsumerName, typeof(TMessage).Name, message.MessageId);
        await errorTransport.Send(new RescueExceptionReceiveContext(receive, error));
    }

    async Task HandleAndSaveAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        var consumer = ConsumerName;
        var ids = messages.Select(m => m.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.")).Distinct().ToList();
        var seen = (await db.InboxMessages.Where(m => m.Consumer == consumer && ids.Contains(m.MessageId)).Select(m => m.MessageId)
            .ToListAsync(ct)).ToHashSet();

        var fresh = new List<TMessage>();
        var receivedAt = Time.GetUtcNow();
        foreach (var message in messages)
        {
            if (!seen.Add(message.MessageId!.Value)) continue;
            db.InboxMessages.Add(new InboxMessage { MessageId = message.MessageId.Value, Consumer = consumer, ReceivedAt = receivedAt });
            fresh.Add(message.Message);
        }
        if (fresh.Count == 0) return;
        await Handle(fresh, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Make the changes, in arrival order, tracked in the same DbContext; do not call SaveChanges.</summary>
    protected abstract Task Handle(IReadOnlyList<TMessage> messages, CancellationToken ct);
}
