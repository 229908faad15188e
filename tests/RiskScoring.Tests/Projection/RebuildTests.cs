using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Projection;

/// <summary>The rebuild from the registry's snapshot routes while the registry changes and events flow (PostgreSQL).</summary>
public sealed class RebuildTests(StubRegistryRisk factory) : IClassFixture<StubRegistryRisk>, IAsyncLifetime
{
    ProjectionRebuild Rebuild => factory.Services.GetRequiredService<ProjectionRebuild>();

    public Task InitializeAsync()
    {
        factory.Registry.BeforeLinksPage = null;
        factory.Registry.AfterLinksPage = null;
        factory.Registry.BeforeSuppliersPage = null;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Rebuild_WhileLinksAreAddedAndDeleted_KeepsExactlyTheRegistrysLiveLinks()
    {
        var registry = factory.Registry;
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        // 1,200 links (three pages of 500) the projection already holds from their events.
        var initial = Enumerable.Range(0, 1200).Select(_ => NewLink()).ToList();
        foreach (var l in initial) registry.Put(l);
        await factory.WithDb(async db =>
        {
            foreach (var l in initial) await ProjectionWriter.AddLinkAsync(db, l.LinkId, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, null, before, before, default);
            await db.SaveChangesAsync();
        });

        // Users at work while the rebuild reads: before each page some links go (ahead of and behind the cursor) and new
        // ones come (with ids anywhere); right after each page is read, some of its links go too. Events follow, as from the registry.
        var random = new Random(7);
        registry.BeforeLinksPage = async _ =>
        {
            foreach (var gone in registry.Links().OrderBy(_ => random.Next()).Take(40).ToList()) await DeleteAsync(gone);
            for (var i = 0; i < 40; i++) await AddAsync(NewLink());
        };
        registry.AfterLinksPage = async page =>
        {
            foreach (var gone in page.Take(5).ToList()) await DeleteAsync(gone);
        };

        var result = await Rebuild.RunAsync(default);
        registry.BeforeLinksPage = null;
        registry.AfterLinksPage = null;
        Assert.True(result.Ran);

        var expected = registry.Links().Select(l => l.LinkId).ToHashSet();
        await factory.Eventually(async db => (await LiveAsync(db)).SetEquals(expected), "the projection's live links equal the registry's", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Rebuild_RegistryStillHasALinkMarkedRemoved_TheNewerAddUndoesTheTombstone()
    {
        var link = NewLink();
        factory.Registry.Put(link);
        // An old removal marker (e.g. left by a rebuild that paged by offset and missed the link).
        await factory.WithDb(async db =>
        {
            var old = DateTimeOffset.UtcNow.AddDays(-1);
            await ProjectionWriter.RemoveLinkAsync(db, link.LinkId, link.UpstreamSupplierId, link.DownstreamSupplierId, link.Material, old, old, default);
            await db.SaveChangesAsync();
        });

        await Rebuild.RunAsync(default);

        Assert.False(await factory.WithDb(db => db.Links.Where(l => l.Id == link.LinkId).Select(l => l.Removed).SingleAsync()));
    }

    [Fact]
    public async Task Rebuild_LinkGoneFromTheRegistry_IsMarkedRemoved_ButALinkAddedDuringTheRebuildStays()
    {
        var gone = NewLink();
        var old = DateTimeOffset.UtcNow.AddMinutes(-5);
        await factory.WithDb(async db =>
        {
            await ProjectionWriter.AddLinkAsync(db, gone.LinkId, gone.UpstreamSupplierId, gone.DownstreamSupplierId, gone.Material, null, old, old, default);
            await db.SaveChangesAsync();
        });
        // Added (and its event consumed) while the rebuild runs, with an id the cursor has passed: no page shows it.
        var late = new LinkSnapshot(Guid.Empty, Guid.NewGuid(), Guid.NewGuid(), "Polysilicon", null, null);
        var added = false;
        factory.Registry.AfterLinksPage = async _ =>
        {
            if (added) return;
            added = true;
            await AddAsync(late);
            await factory.Eventually(db => db.Links.AnyAsync(l => l.Id == late.LinkId && !l.Removed), "the late link's event consumed");
        };

        await Rebuild.RunAsync(default);

        var rows = await factory.WithDb(db => db.Links.Where(l => l.Id == gone.LinkId || l.Id == late.LinkId).ToDictionaryAsync(l => l.Id, l => l.Removed));
        Assert.True(rows[gone.LinkId]);
        Assert.False(rows[late.LinkId]);
    }

    [Fact]
    public async Task Rebuild_SnapshotOlderThanTheProjection_LeavesTheNewerSupplier()
    {
        var s = Snapshots.Supplier(name: "Old name");
        await factory.PublishAsync(Snapshots.Updated(s with { Version = 4, Name = "New name", Status = "Approved" }));
        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == s.SupplierId && x.Version == 4), "version 4 projected");
        factory.Registry.Put(s with { Version = 2 });

        await Rebuild.RunAsync(default);

        var supplier = await factory.WithDb(db => db.Suppliers.SingleAsync(x => x.Id == s.SupplierId));
        Assert.Equal(("New name", 4, "Approved"), (supplier.Name, supplier.Version, supplier.Status));
    }

    [Fact]
    public async Task TwoRebuildsAtOnce_OneRuns_TheOtherSkips_AndTheApiAnswersConflict()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        factory.Registry.BeforeSuppliersPage = async () =>
        {
            entered.TrySetResult();
            await release.Task;
        };
        var first = Task.Run(() => Rebuild.RunAsync(default));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        factory.Registry.BeforeSuppliersPage = null;

        // A second instance (as on another replica) shares nothing in memory with the first: only the database.
        var second = await ActivatorUtilities.CreateInstance<ProjectionRebuild>(factory.Services).RunAsync(default);
        var response = await factory.ClientAs("admin").PostAsync("/api/projection/rebuild", null);

        release.SetResult();
        var done = await first;
        Assert.False(second.Ran);
        Assert.True(done.Ran);
        Assert.True(HttpStatusCode.Conflict == response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rebuild", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await factory.Services.GetRequiredService<JobLock>().IsHeldAsync(JobLock.ProjectionRebuild, default));
    }

    static LinkSnapshot NewLink() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Polysilicon", null, null);

    async Task AddAsync(LinkSnapshot l)
    {
        factory.Registry.Put(l);
        await factory.PublishAsync(new SupplyLinkAdded { LinkId = l.LinkId, UpstreamSupplierId = l.UpstreamSupplierId, DownstreamSupplierId = l.DownstreamSupplierId, Material = l.Material, OccurredAt = DateTimeOffset.UtcNow });
    }

    async Task DeleteAsync(LinkSnapshot l)
    {
        if (!factory.Registry.Delete(l.LinkId)) return;
        await factory.PublishAsync(new SupplyLinkRemoved { LinkId = l.LinkId, UpstreamSupplierId = l.UpstreamSupplierId, DownstreamSupplierId = l.DownstreamSupplierId, Material = l.Material, OccurredAt = DateTimeOffset.UtcNow });
    }

    static async Task<HashSet<Guid>> LiveAsync(Data.RiskDbContext db) => (await db.Links.Where(l => !l.Removed).Select(l => l.Id).ToListAsync()).ToHashSet();
}
