using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>An event stored with the business change that caused it, waiting for the dispatcher.</summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Store order; the dispatcher takes the oldest first.</summary>
    public long Id { get; set; }
    /// <summary>MassTransit message id, fixed at write time so a re-publish after a crash is recognisable by the inbox.</summary>
    public Guid MessageId { get; set; }
    /// <summary>CLR type name (<c>Namespace.Type, Assembly</c>) of the event.</summary>
    public string MessageType { get; set; } = "";
    /// <summary>The event as JSON.</summary>
    public string Body { get; set; } = "";
    /// <summary>When the change was saved.</summary>
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the broker confirmed it; null while pending.</summary>
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Failed publish attempts so far.</summary>
    public int Attempts { get; set; }
    /// <summary>Earliest time of the next attempt after a failure (backoff).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>The claim of the dispatcher working on it.</summary>
    public string? LockedBy { get; set; }
    /// <summary>When that claim lapses, so another dispatcher may take over.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>The last publish error, for operators.</summary>
    public string? LastError { get; set; }
    /// <summary>
    /// When the dispatcher gave up on it (after <see cref="OutboxOptions.MaxAttempts"/> failed attempts, <see cref="LastError"/>
    /// says why); it is never claimed again until an operator clears this (or deletes the row). Null while it may be published.
    /// </summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>Builds the row for an event.</summary>
    public static OutboxMessage Create<T>(T message) where T : class => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = TypeName(message.GetType()),
        Body = JsonSerializer.Serialize(message, message.GetType(), Json),
        CreatedAt = DateTimeOffset.UtcNow,
    };

    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}

sealed class OutboxMessageConfiguration(bool sqlServer) : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasKey(m => m.Id);
        b.Property(m => m.MessageType).HasMaxLength(300);
        b.Property(m => m.LockedBy).HasMaxLength(100);
        b.Property(m => m.LastError).HasMaxLength(2000);
        // Every event is inserted, claimed and marked sent, so each index costs three writes per event:
        // only those that queries need. The dispatcher reads pending rows in id order from a partial
        // index that holds just those; the clean-up finds old sent rows through one that holds just those;
        // the health endpoint counts failed rows (rare, so that index is almost never written).
        var sentAt = sqlServer ? "[SentAt]" : "\"SentAt\"";
        var failedAt = sqlServer ? "[FailedAt]" : "\"FailedAt\"";
        b.HasIndex(m => m.Id, "IX_OutboxMessages_Pending").HasFilter($"{sentAt} IS NULL AND {failedAt} IS NULL");
        b.HasIndex(m => m.SentAt, "IX_OutboxMessages_Sent").HasFilter($"{sentAt} IS NOT NULL");
        b.HasIndex(m => m.FailedAt, "IX_OutboxMessages_Failed").HasFilter($"{failedAt} IS NOT NULL");
    }
}
