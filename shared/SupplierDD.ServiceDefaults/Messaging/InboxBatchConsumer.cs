using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>
/// Like <see cref="InboxConsumer{TMessage}"/>, for a batch: one query finds the messages already handled, the rest are
/// handled in one DbContext and saved with their inbox rows in one transaction. Use it where events arrive in bursts
/// (an import of 100k suppliers) and one transaction per message would be the bottleneck. A concurrent duplicate fails
/// the batch on the inbox key; the retry skips what the other batch handled.
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
        var consumer = ConsumerName;
        var ids = context.Message.Select(m => m.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.")).Distinct().ToList();
        var seen = (await db.InboxMessages.Where(m => m.Consumer == consumer && ids.Contains(m.MessageId)).Select(m => m.MessageId)
            .ToListAsync(context.CancellationToken)).ToHashSet();

        var fresh = new List<TMessage>();
        var receivedAt = Time.GetUtcNow();
        foreach (var message in context.Message)
        {
            if (!seen.Add(message.MessageId!.Value)) continue;
            db.InboxMessages.Add(new InboxMessage { MessageId = message.MessageId.Value, Consumer = consumer, ReceivedAt = receivedAt });
            fresh.Add(message.Message);
        }
        if (fresh.Count == 0) return;
        await Handle(fresh, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Make the changes, in arrival order, tracked in the same DbContext; do not call SaveChanges.</summary>
    protected abstract Task Handle(IReadOnlyList<TMessage> messages, CancellationToken ct);
}
