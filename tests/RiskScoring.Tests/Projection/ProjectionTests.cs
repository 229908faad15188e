using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Projection;

/// <summary>The projection follows the registry's events: idempotent, and the same whatever order they arrive in.</summary>
public abstract class ProjectionTests(RiskFactory factory)
{
    [Fact]
    public async Task Registered_ThenUpdated_KeepsTheNewestSnapshot()
    {
        var s = Snapshots.Supplier(aliases: ["Jadewater Poly"], facilities: [Snapshots.Facility("CN-SC")]);
        await factory.PublishAsync(Snapshots.Registered(s));
        var moved = s with { Version = 2, Facilities = [Snapshots.Facility("CN-XJ", "Shihezi plant")], Aliases = ["Jadewater"] };
        await factory.PublishAsync(Snapshots.Updated(moved));

        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == s.SupplierId && x.Version == 2), "version 2 projected");
        var supplier = await factory.WithDb(db => db.Suppliers.Include(x => x.Facilities).Include(x => x.Aliases).SingleAsync(x => x.Id == s.SupplierId));
        Assert.Equal("CN-XJ", Assert.Single(supplier.Facilities).RegionCode);
        Assert.Equal("Jadewater", Assert.Single(supplier.Aliases).Name);
        Assert.Equal(["Polysilicon"], supplier.Roles);
    }

    [Fact]
    public async Task UpdatedArrivesBeforeRegistered_TheOlderSnapshotIsIgnored()
    {
        var s = Snapshots.Supplier(name: "Old name");
        await factory.PublishAsync(Snapshots.Updated(s with { Version = 3, Name = "New name" }));
        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == s.SupplierId), "supplier projected");
        await factory.PublishAsync(Snapshots.Registered(s));
        var marker = Snapshots.Supplier();
        await factory.PublishAsync(Snapshots.Registered(marker));
        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == marker.SupplierId), "later message consumed");
        await Task.Delay(300);

        var supplier = await factory.WithDb(db => db.Suppliers.SingleAsync(x => x.Id == s.SupplierId));
        Assert.Equal(("New name", 3), (supplier.Name, supplier.Version));
    }

    [Fact]
    public async Task StatusChangeBeforeItsSnapshot_KeepsTheNewerStatus()
    {
        var s = Snapshots.Supplier(status: "Draft");
        await factory.PublishAsync(new SupplierStatusChanged { SupplierId = s.SupplierId, Version = 2, From = "Draft", To = "Approved", Reason = "ok", OccurredAt = DateTimeOffset.UtcNow });
        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == s.SupplierId && x.Status == "Approved"), "placeholder with status");
        await factory.PublishAsync(Snapshots.Registered(s));
        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == s.SupplierId && x.Version == 1), "snapshot applied");

        var supplier = await factory.WithDb(db => db.Suppliers.SingleAsync(x => x.Id == s.SupplierId));
        Assert.Equal(("Leshan Jadewater Polysilicon Co., Ltd.", "Approved"), (supplier.Name, supplier.Status));
    }

    [Fact]
    public async Task LinkRemovedBeforeAdded_LeavesNoLiveLink()
    {
        var added = Snapshots.LinkAdded(Guid.NewGuid(), Guid.NewGuid());
        await factory.PublishAsync(Snapshots.LinkRemoved(added));
        await factory.Eventually(db => db.Links.AnyAsync(l => l.Id == added.LinkId), "tombstone");
        await factory.PublishAsync(added);
        var marker = Snapshots.LinkAdded(Guid.NewGuid(), Guid.NewGuid());
        await factory.PublishAsync(marker);
        await factory.Eventually(db => db.Links.AnyAsync(l => l.Id == marker.LinkId), "later message consumed");
        await Task.Delay(300);

        var link = await factory.WithDb(db => db.Links.SingleAsync(l => l.Id == added.LinkId));
        Assert.True(link.Removed);
    }

    [Fact]
    public async Task LinkRemovedThenAddedAgainLater_TheNewerAddUndoesTheTombstone()
    {
        var added = Snapshots.LinkAdded(Guid.NewGuid(), Guid.NewGuid());
        await factory.PublishAsync(Snapshots.LinkRemoved(added) with { OccurredAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        await factory.Eventually(db => db.Links.AnyAsync(l => l.Id == added.LinkId && l.Removed), "tombstone");

        await factory.PublishAsync(added with { OccurredAt = DateTimeOffset.UtcNow });

        await factory.Eventually(db => db.Links.AnyAsync(l => l.Id == added.LinkId && !l.Removed), "the newer add revives the link");
    }

    [Fact]
    public async Task MaximumLengthValues_AreProjected()
    {
        var longName = new string('硅', FieldLimits.Name);
        var s = Snapshots.Supplier(name: new string('N', FieldLimits.Name), localName: longName, region: "CN-XJ", status: new string('S', FieldLimits.Status),
            roles: ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Ingot", "Wafer", "Cell", "Module", new string('R', FieldLimits.Role), new string('Q', FieldLimits.Role)],
            aliases: Enumerable.Range(0, FieldLimits.MaxAliases).Select(i => $"{i:D2}{longName[2..]}").ToArray(),
            facilities: [Snapshots.Facility("CN-XJ", name: new string('厂', FieldLimits.Name))]);
        var link = Snapshots.LinkAdded(Guid.NewGuid(), s.SupplierId, material: new string('料', FieldLimits.Material));
        await factory.PublishAsync(Snapshots.Registered(s));
        await factory.PublishAsync(link);

        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == s.SupplierId), "supplier projected");
        await factory.Eventually(db => db.Links.AnyAsync(l => l.Id == link.LinkId), "link projected");
        var supplier = await factory.WithDb(db => db.Suppliers.Include(x => x.Aliases).Include(x => x.Facilities).SingleAsync(x => x.Id == s.SupplierId));
        Assert.Equal((longName, FieldLimits.MaxAliases, FieldLimits.Name, 9), (supplier.LocalName, supplier.Aliases.Count, supplier.Facilities[0].Name.Length, supplier.Roles.Count));
        Assert.Equal(FieldLimits.Material, (await factory.WithDb(db => db.Links.SingleAsync(l => l.Id == link.LinkId))).Material.Length);
    }

    [Fact]
    public async Task SameMessageDeliveredTwice_HasOneEffect()
    {
        var added = Snapshots.LinkAdded(Guid.NewGuid(), Guid.NewGuid());
        var messageId = NewId.NextGuid();
        var bus = (IBus)factory.Services.GetService(typeof(IBus))!;
        await bus.Publish(added, c => c.MessageId = messageId);
        await bus.Publish(added, c => c.MessageId = messageId);
        await factory.Eventually(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId).ContinueWith(t => t.Result == 1), "inbox row");
        await Task.Delay(300);

        Assert.Equal(1, await factory.WithDb(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
        Assert.Equal(1, await factory.WithDb(db => db.Links.CountAsync(l => l.Id == added.LinkId)));
    }

    [Fact]
    public async Task NamesChange_ScreensTheSupplierAgain()
    {
        var s = Snapshots.Supplier(name: "Eastern Dune Materials Co., Ltd.", region: "CN-XJ");
        await factory.PublishAsync(Snapshots.Registered(s));
        await factory.Eventually(db => db.Scores.AnyAsync(x => x.SupplierId == s.SupplierId), "scored", TimeSpan.FromSeconds(30));
        Assert.False(await factory.WithDb(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == s.SupplierId)));

        await factory.PublishAsync(Snapshots.Updated(s with { Version = 2, LocalName = "新疆大全新能源股份有限公司" }));
        await factory.Eventually(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == s.SupplierId), "hit after the new name", TimeSpan.FromSeconds(30));
    }
}

public sealed class SqliteProjectionTests(SqliteRisk factory) : ProjectionTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresProjectionTests(PostgresRisk factory) : ProjectionTests(factory), IClassFixture<PostgresRisk>;
