using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.RiskScoring.Data;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.RiskScoring.Projection;

// One small consumer per registry event, taking messages in batches (an import publishes them by the thousand): the
// inbox makes a redelivery a no-op; ProjectionWriter makes any order of arrival end in the same projection (versions
// for suppliers, the time of the change for links: a newer add undoes a tombstone); a write that lost a race with another
// writer fails on the rows' concurrency tokens and the bus's retry applies the batch again over the newer rows.
// Each batch first loads the rows it will touch, so the writer works in memory.

public sealed class SupplierRegisteredConsumer(RiskDbContext db, TimeProvider clock) : InboxBatchConsumer<SupplierRegistered>(db, clock)
{
    protected override async Task Handle(IReadOnlyList<SupplierRegistered> messages, CancellationToken ct)
    {
        await ProjectionWriter.LoadSuppliersAsync(db, messages.Select(m => m.Supplier.SupplierId), ct);
        foreach (var m in messages) await ProjectionWriter.ApplyAsync(db, m.Supplier, Time.GetUtcNow(), ct);
    }
}

public sealed class SupplierUpdatedConsumer(RiskDbContext db, TimeProvider clock) : InboxBatchConsumer<SupplierUpdated>(db, clock)
{
    protected override async Task Handle(IReadOnlyList<SupplierUpdated> messages, CancellationToken ct)
    {
        await ProjectionWriter.LoadSuppliersAsync(db, messages.Select(m => m.Supplier.SupplierId), ct);
        foreach (var m in messages) await ProjectionWriter.ApplyAsync(db, m.Supplier, Time.GetUtcNow(), ct);
    }
}

public sealed class SupplierStatusChangedConsumer(RiskDbContext db, TimeProvider clock) : InboxBatchConsumer<SupplierStatusChanged>(db, clock)
{
    protected override async Task Handle(IReadOnlyList<SupplierStatusChanged> messages, CancellationToken ct)
    {
        await ProjectionWriter.LoadSuppliersAsync(db, messages.Select(m => m.SupplierId), ct);
        foreach (var m in messages) await ProjectionWriter.ApplyStatusAsync(db, m.SupplierId, m.Version, m.To, Time.GetUtcNow(), ct);
    }
}

public sealed class SupplyLinkAddedConsumer(RiskDbContext db, TimeProvider clock) : InboxBatchConsumer<SupplyLinkAdded>(db, clock)
{
    protected override async Task Handle(IReadOnlyList<SupplyLinkAdded> messages, CancellationToken ct)
    {
        await ProjectionWriter.LoadLinksAsync(db, messages.Select(m => m.LinkId), ct);
        foreach (var m in messages)
            await ProjectionWriter.AddLinkAsync(db, m.LinkId, m.UpstreamSupplierId, m.DownstreamSupplierId, m.Material, m.SharePercent, m.OccurredAt, Time.GetUtcNow(), ct);
    }
}

public sealed class SupplyLinkRemovedConsumer(RiskDbContext db, TimeProvider clock) : InboxBatchConsumer<SupplyLinkRemoved>(db, clock)
{
    protected override async Task Handle(IReadOnlyList<SupplyLinkRemoved> messages, CancellationToken ct)
    {
        await ProjectionWriter.LoadLinksAsync(db, messages.Select(m => m.LinkId), ct);
        foreach (var m in messages)
            await ProjectionWriter.RemoveLinkAsync(db, m.LinkId, m.UpstreamSupplierId, m.DownstreamSupplierId, m.Material, m.OccurredAt, Time.GetUtcNow(), ct);
    }
}

/// <summary>Batches of up to 200 messages, or what arrived within 20 ms: bursts go fast, a lone change waits little.</summary>
public static class RegistryConsumerBatching
{
    public static void Configure<TConsumer>(IRegistrationContext context, IConsumerConfigurator<TConsumer> consumer) where TConsumer : class =>
        consumer.Options<BatchOptions>(o => o.SetMessageLimit(200).SetTimeLimit(TimeSpan.FromMilliseconds(20)).SetConcurrencyLimit(1));
}
