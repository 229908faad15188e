using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>Records that a consumer has handled a message, in the same transaction as its effect.</summary>
public sealed class InboxMessage
{
    /// <summary>The message's MassTransit id.</summary>
    public Guid MessageId { get; set; }
    /// <summary>The consumer that handled it; two consumers of one message each record their own row.</summary>
    public string Consumer { get; set; } = "";
    /// <summary>When it was handled.</summary>
    public DateTimeOffset ReceivedAt { get; set; }
}

sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> b)
    {
        b.ToTable("InboxMessages");
        b.HasKey(m => new { m.MessageId, m.Consumer });
        b.Property(m => m.Consumer).HasMaxLength(200);
        b.HasIndex(m => m.ReceivedAt);
    }
}
