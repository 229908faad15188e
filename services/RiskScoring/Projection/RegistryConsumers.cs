using MassTransit;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.RiskScoring.Data;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.RiskScoring.Projection;

// One small consumer per registry event. The inbox makes a redelivery a no-op; ProjectionWriter makes
// any order of arrival end in the same projection (versions for suppliers, tombstones for links).

public sealed class SupplierRegisteredConsumer(RiskDbContext db, TimeProvider clock) : InboxConsumer<SupplierRegistered>(db, clock)
{
    protected override Task Handle(ConsumeContext<SupplierRegistered> context) =>
        ProjectionWriter.ApplyAsync(db, context.Message.Supplier, Time.GetUtcNow(), context.CancellationToken);
}

public sealed class SupplierUpdatedConsumer(RiskDbContext db, TimeProvider clock) : InboxConsumer<SupplierUpdated>(db, clock)
{
    protected override Task Handle(ConsumeContext<SupplierUpdated> context) =>
        ProjectionWriter.ApplyAsync(db, context.Message.Supplier, Time.GetUtcNow(), context.CancellationToken);
}

public sealed class SupplierStatusChangedConsumer(RiskDbContext db, TimeProvider clock) : InboxConsumer<SupplierStatusChanged>(db, clock)
{
    protected override Task Handle(ConsumeContext<SupplierStatusChanged> context)
    {
        var m = context.Message;
        return ProjectionWriter.ApplyStatusAsync(db, m.SupplierId, m.Version, m.To, Time.GetUtcNow(), context.CancellationToken);
    }
}

public sealed class SupplyLinkAddedConsumer(RiskDbContext db, TimeProvider clock) : InboxConsumer<SupplyLinkAdded>(db, clock)
{
    protected override Task Handle(ConsumeContext<SupplyLinkAdded> context)
    {
        var m = context.Message;
        return ProjectionWriter.AddLinkAsync(db, m.LinkId, m.UpstreamSupplierId, m.DownstreamSupplierId, m.Material, m.SharePercent, Time.GetUtcNow(), context.CancellationToken);
    }
}

public sealed class SupplyLinkRemovedConsumer(RiskDbContext db, TimeProvider clock) : InboxConsumer<SupplyLinkRemoved>(db, clock)
{
    protected override Task Handle(ConsumeContext<SupplyLinkRemoved> context)
    {
        var m = context.Message;
        return ProjectionWriter.RemoveLinkAsync(db, m.LinkId, m.UpstreamSupplierId, m.DownstreamSupplierId, m.Material, Time.GetUtcNow(), context.CancellationToken);
    }
}
