using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Projection;

/// <summary>
/// Two writers of the projection (two consumers, or a consumer and the rebuild) that read the same row and write it
/// one after the other: the database, not memory, decides that the newer one stays (PostgreSQL, real transactions).
/// </summary>
public sealed class ConcurrentWriterTests(PostgresRisk factory) : IClassFixture<PostgresRisk>
{
    [Fact]
    public async Task OlderSnapshotWrittenAfterANewerOne_FromARowReadBefore_IsRefused_AndTheNewerStays()
    {
        var s = Snapshots.Supplier(name: "Version 1");
        await Apply(db => ProjectionWriter.ApplyAsync(db, s, DateTimeOffset.UtcNow, default));

        await using var newerScope = factory.Services.CreateAsyncScope();
        await using var olderScope = factory.Services.CreateAsyncScope();
        var newer = newerScope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var older = olderScope.ServiceProvider.GetRequiredService<RiskDbContext>();
        // Both read version 1; the newer writer commits first.
        await ProjectionWriter.LoadSuppliersAsync(newer, [s.SupplierId], default);
        await ProjectionWriter.LoadSuppliersAsync(older, [s.SupplierId], default);
        await ProjectionWriter.ApplyAsync(newer, s with { Version = 3, Name = "Version 3" }, DateTimeOffset.UtcNow, default);
        await ProjectionWriter.ApplyAsync(older, s with { Version = 2, Name = "Version 2" }, DateTimeOffset.UtcNow, default);
        await newer.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => older.SaveChangesAsync());
        // The retry (the bus's, or the rebuild's) reads the row again and finds it newer.
        await Apply(db => ProjectionWriter.ApplyAsync(db, s with { Version = 2, Name = "Version 2" }, DateTimeOffset.UtcNow, default));
        var supplier = await factory.WithDb(db => db.Suppliers.SingleAsync(x => x.Id == s.SupplierId));
        Assert.Equal(("Version 3", 3), (supplier.Name, supplier.Version));
    }

    [Fact]
    public async Task OlderStatusWrittenAfterANewerOne_FromARowReadBefore_IsRefused()
    {
        var s = Snapshots.Supplier(status: "Draft");
        await Apply(db => ProjectionWriter.ApplyAsync(db, s, DateTimeOffset.UtcNow, default));

        await using var newerScope = factory.Services.CreateAsyncScope();
        await using var olderScope = factory.Services.CreateAsyncScope();
        var newer = newerScope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var older = olderScope.ServiceProvider.GetRequiredService<RiskDbContext>();
        await ProjectionWriter.LoadSuppliersAsync(newer, [s.SupplierId], default);
        await ProjectionWriter.LoadSuppliersAsync(older, [s.SupplierId], default);
        await ProjectionWriter.ApplyStatusAsync(newer, s.SupplierId, 5, "Suspended", DateTimeOffset.UtcNow, default);
        await ProjectionWriter.ApplyStatusAsync(older, s.SupplierId, 4, "Approved", DateTimeOffset.UtcNow, default);
        await newer.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => older.SaveChangesAsync());
        var supplier = await factory.WithDb(db => db.Suppliers.SingleAsync(x => x.Id == s.SupplierId));
        Assert.Equal(("Suspended", 5), (supplier.Status, supplier.StatusVersion));
    }

    [Fact]
    public async Task RebuildRevivesALinkWhileItsRemovalCommits_TheRemovalStays()
    {
        var link = Snapshots.LinkAdded(Guid.NewGuid(), Guid.NewGuid());
        var old = DateTimeOffset.UtcNow.AddMinutes(-10);
        await Apply(db => ProjectionWriter.RemoveLinkAsync(db, link.LinkId, link.UpstreamSupplierId, link.DownstreamSupplierId, link.Material, old, old, default));

        await using var rebuildScope = factory.Services.CreateAsyncScope();
        await using var eventScope = factory.Services.CreateAsyncScope();
        var rebuild = rebuildScope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var consumer = eventScope.ServiceProvider.GetRequiredService<RiskDbContext>();
        await ProjectionWriter.LoadLinksAsync(rebuild, [link.LinkId], default);
        await ProjectionWriter.LoadLinksAsync(consumer, [link.LinkId], default);
        // The rebuild read the link a minute ago; an add and a removal after that reach the consumer, which commits first.
        var readAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await ProjectionWriter.AddLinkAsync(rebuild, link.LinkId, link.UpstreamSupplierId, link.DownstreamSupplierId, link.Material, null, readAt, DateTimeOffset.UtcNow, default);
        await ProjectionWriter.AddLinkAsync(consumer, link.LinkId, link.UpstreamSupplierId, link.DownstreamSupplierId, link.Material, null, DateTimeOffset.UtcNow.AddSeconds(-30), DateTimeOffset.UtcNow, default);
        await ProjectionWriter.RemoveLinkAsync(consumer, link.LinkId, link.UpstreamSupplierId, link.DownstreamSupplierId, link.Material, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, default);
        await consumer.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => rebuild.SaveChangesAsync());
        await Apply(db => ProjectionWriter.AddLinkAsync(db, link.LinkId, link.UpstreamSupplierId, link.DownstreamSupplierId, link.Material, null, readAt, DateTimeOffset.UtcNow, default));
        Assert.True(await factory.WithDb(db => db.Links.Where(l => l.Id == link.LinkId).Select(l => l.Removed).SingleAsync()));
    }

    Task Apply(Func<RiskDbContext, Task> write) => factory.WithDb(async db =>
    {
        await write(db);
        await db.SaveChangesAsync();
    });
}
