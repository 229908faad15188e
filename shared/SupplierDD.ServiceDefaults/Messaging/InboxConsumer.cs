using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>
/// Base for consumers whose effect is a database change: the inbox row and the effect are saved
/// together, so a redelivered message has no second effect. A concurrent duplicate fails on the
/// inbox key, is retried, and is then recognised as handled.
/// </summary>
public abstract class InboxConsumer<TMessage>(ServiceDbContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
{
    /// <summary>The service's clock (the one the inbox row is stamped with).</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>Stable name recorded in the inbox; defaults to the consumer's type name.</summary>
    protected virtual string ConsumerName => GetType().Name;

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        var consumer = ConsumerName;
        if (await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken))
            return;

        db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ReceivedAt = Time.GetUtcNow() });
        await Handle(context);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Make the change (tracked in the same DbContext); do not call SaveChanges.</summary>
    protected abstract Task Handle(ConsumeContext<TMessage> context);
}
