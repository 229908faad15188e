using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Database;

/// <summary>
/// Base of every service's DbContext: it carries the outbox and inbox tables, so an event is
/// written in the same <c>SaveChanges</c> (and transaction) as the change it announces.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Events waiting to be published, and recently published ones.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Messages each consumer has already handled.</summary>
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues an event; it is stored with the next <c>SaveChanges</c> and published after commit.</summary>
    public void Publish<T>(T message) where T : class => OutboxMessages.Add(OutboxMessage.Create(message));

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration(Database.IsSqlServer()));
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseSortableDateTimeOffsetsOnSqlite(Database);
    }
}
