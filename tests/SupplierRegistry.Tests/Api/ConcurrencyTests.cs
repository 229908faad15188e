using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.SupplierRegistry.SupplyLinks;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Api;

/// <summary>No silent overwrite: status, facilities and links carry the supplier's version, and the database decides races.</summary>
public abstract class ConcurrencyTests(RegistryFactory factory)
{
    readonly HttpClient client = factory.ClientAs("procurement");

    async Task<Guid> NewSupplier(string role = "Polysilicon") => (await client.CreateSupplierAsync(ApiHelpers.Supplier(roles: [role]))).Id();

    Task<HttpResponseMessage> Status(Guid id, string status, int? ifMatch) =>
        client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/status", new { status, reason = $"to {status}" }, ifMatch);

    Task<HttpResponseMessage> Link(Guid downstream, Guid upstream, string material, decimal? share, int? ifMatch) =>
        client.SendAsync(HttpMethod.Post, $"/api/suppliers/{downstream}/upstream", new { upstreamSupplierId = upstream, material, sharePercent = share }, ifMatch);

    [Fact]
    public async Task Status_WithoutIfMatch_IsPreconditionRequired_AndStaleIsPreconditionFailed()
    {
        var id = await NewSupplier();
        await (await Status(id, "Invited", null)).AssertProblem(HttpStatusCode.PreconditionRequired);
        var ok = await Status(id, "Invited", 1);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag?.Tag);
        await (await Status(id, "UnderAssessment", 1)).AssertProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, await factory.WithDb(db => db.StatusChanges.CountAsync(c => c.SupplierId == id)));
    }

    [Fact]
    public async Task Status_TwoDecisionsAtOnce_OneSucceedsOneIsRefused()
    {
        for (var round = 0; round < 5; round++)
        {
            var id = await NewSupplier();
            var responses = await Task.WhenAll(Status(id, "Invited", 1), Status(id, "Invited", 1));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(responses, r => r.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict);
            Assert.Equal(1, await factory.WithDb(db => db.StatusChanges.CountAsync(c => c.SupplierId == id)));
            Assert.Equal(2, await client.VersionAsync(id));
        }
    }

    [Fact]
    public async Task Facility_WithStaleIfMatch_IsPreconditionFailed_AndTwoAtOnceWithTheSameVersion_OneWins()
    {
        var id = await NewSupplier();
        var facility = new { name = "Plant A", countryCode = "CN", regionCode = "CN-JS" };
        var first = await client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/facilities", facility, 1);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        await (await client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/facilities", new { name = "Plant B", countryCode = "CN" }, 1))
            .AssertProblem(HttpStatusCode.PreconditionFailed);

        var racing = await Task.WhenAll(
            client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/facilities", new { name = "Plant C", countryCode = "CN" }, 2),
            client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/facilities", new { name = "Plant D", countryCode = "CN" }, 2));
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(racing, r => r.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict);
        Assert.Equal(2, await factory.WithDb(db => db.Facilities.CountAsync(f => f.SupplierId == id)));
    }

    [Fact]
    public async Task Links_ChangeAndRemoveNeedTheCurrentVersion_AndTwoShareChangesAtOnce_OneWins()
    {
        var up = await NewSupplier("Polysilicon");
        var down = await NewSupplier("Wafer");
        var created = await Link(down, up, "Polysilicon", 40, null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"2\"", created.Headers.ETag?.Tag);

        await (await Link(down, up, "Polysilicon", 50, null)).AssertProblem(HttpStatusCode.PreconditionRequired);
        await (await Link(down, up, "Polysilicon", 50, 1)).AssertProblem(HttpStatusCode.PreconditionFailed);
        await (await client.SendAsync(HttpMethod.Delete, $"/api/suppliers/{down}/upstream/{up}", null, null)).AssertProblem(HttpStatusCode.PreconditionRequired);
        await (await client.SendAsync(HttpMethod.Delete, $"/api/suppliers/{down}/upstream/{up}", null, 1)).AssertProblem(HttpStatusCode.PreconditionFailed);

        var racing = await Task.WhenAll(Link(down, up, "Polysilicon", 60, 2), Link(down, up, "Polysilicon", 70, 2));
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.PreconditionFailed);
        var winner = await racing.Single(r => r.StatusCode == HttpStatusCode.OK).ReadJson();
        Assert.Equal(winner.GetProperty("sharePercent").GetDecimal(), await factory.WithDb(db => db.SupplyLinks.Where(l => l.DownstreamSupplierId == down).Select(l => l.SharePercent).SingleAsync()));
        Assert.Equal(3, await client.VersionAsync(down));
    }

    [Fact]
    public async Task GraphRevision_MovesWithEveryCommittedLinkWrite_AndNeverWithARefusedOne()
    {
        // A link import keeps the graph in memory between batches and trusts it while this number has not moved.
        Task<long> Revision() => factory.WithDb(db => db.SupplyGraphRevisions.Select(r => r.Revision).SingleAsync());
        var up = await NewSupplier("Polysilicon");
        var down = await NewSupplier("Wafer");

        var start = await Revision();
        Assert.Equal(HttpStatusCode.Created, (await Link(down, up, "Polysilicon", 40, null)).StatusCode);
        Assert.Equal(start + 1, await Revision());
        await (await Link(up, down, "Wafer", null, null)).AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal(start + 1, await Revision());
        Assert.Equal(HttpStatusCode.OK, (await Link(down, up, "Polysilicon", 40, null)).StatusCode);
        Assert.Equal(start + 1, await Revision());
        Assert.Equal(HttpStatusCode.OK, (await Link(down, up, "Polysilicon", 55, 2)).StatusCode);
        Assert.Equal(start + 2, await Revision());
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, $"/api/suppliers/{down}/upstream/{up}", null, 3)).StatusCode);
        Assert.Equal(start + 3, await Revision());
    }

    [Fact]
    public async Task LinkAdd_WaitsForAnotherWriterHoldingTheGraphLock_AndRefusesTheCycleItWouldClose()
    {
        var a = await NewSupplier();
        var b = await NewSupplier();
        // Another replica adds a → b (a buys from b) and has not committed yet.
        Task<HttpResponseMessage>? racing = null;
        await factory.WithDb(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await SupplyLinkWriter.LockGraphAsync(db, CancellationToken.None);
            db.SupplyLinks.Add(SupplyLinkWriter.New(upstreamId: b, downstreamId: a, "Polysilicon", null, null, "other-replica", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();

            racing = Link(b, a, "Polysilicon", null, null);
            await Task.Delay(1500);
            Assert.False(racing.IsCompleted, "the API must wait for the graph lock instead of checking a graph that is being changed");
            await tx.CommitAsync();
            return 0;
        });
        await (await racing!).AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal(0, await factory.WithDb(db => db.SupplyLinks.CountAsync(l => l.UpstreamSupplierId == a && l.DownstreamSupplierId == b)));
    }
}

public sealed class SqliteConcurrencyTests(SqliteRegistry factory) : ConcurrencyTests(factory), IClassFixture<SqliteRegistry>;

public sealed class PostgresConcurrencyTests(PostgresRegistry factory) : ConcurrencyTests(factory), IClassFixture<PostgresRegistry>;

/// <summary>Two replicas of the registry on one PostgreSQL database: the cycle check holds across processes.</summary>
public sealed class TwoReplicaCycleTests : IAsyncLifetime
{
    readonly PostgresRegistry first = new();
    SecondReplica? second;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)first).InitializeAsync();
        first.CreateClient().Dispose(); // migrate with the first host before the second starts
        second = new SecondReplica(first);
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (second is not null) await ((IAsyncLifetime)second).DisposeAsync();
        await ((IAsyncLifetime)first).DisposeAsync();
    }

    [Fact]
    public async Task TwoReplicas_AddingAToBAndBToAAtOnce_OneCreatedOneConflict_GraphAcyclic()
    {
        var one = first.ClientAs("procurement");
        var two = second!.ClientAs("procurement");
        for (var round = 0; round < 8; round++)
        {
            var a = (await one.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
            var b = (await one.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
            var responses = await Task.WhenAll(
                one.PostAsJsonAsync($"/api/suppliers/{a}/upstream", new { upstreamSupplierId = b, material = "Polysilicon" }),
                two.PostAsJsonAsync($"/api/suppliers/{b}/upstream", new { upstreamSupplierId = a, material = "Polysilicon" }));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal(1, await first.WithDb(db => db.SupplyLinks.CountAsync(l => (l.UpstreamSupplierId == a && l.DownstreamSupplierId == b) || (l.UpstreamSupplierId == b && l.DownstreamSupplierId == a))));
        }
    }
}
