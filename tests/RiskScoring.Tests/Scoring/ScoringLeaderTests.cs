using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Tests.Infrastructure;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.RiskScoring.Tests.Scoring;

/// <summary>
/// Two replicas on one database: the scoring graph lives in a worker's memory, so exactly one replica drains the shared
/// queue (it holds the scoring-worker lease); the other stands by and takes over, with a fresh graph, when the leader stops.
/// </summary>
public sealed class ScoringLeaderTests : IAsyncLifetime
{
    // Owns the database and never starts a host; the two replicas only borrow it, so stopping one keeps the data.
    readonly PostgresRisk database = new();
    Replica? first, second;

    sealed class Replica(RiskFactory owner) : RiskFactory(DatabaseProvider.Postgres)
    {
        public override Task InitializeAsync()
        {
            ConnectionString = owner.ConnectionString;
            return Task.CompletedTask;
        }
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)database).InitializeAsync();
        first = new Replica(database);
        await first.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (second is not null) await ((IAsyncLifetime)second).DisposeAsync();
        if (first is not null) await ((IAsyncLifetime)first).DisposeAsync();
        await ((IAsyncLifetime)database).DisposeAsync();
    }

    [Fact]
    public async Task TwoReplicas_OneDrainsTheQueue_TheOtherStandsBy_AndTakesOverWhenTheLeaderStops()
    {
        var first = this.first!;
        first.CreateClient().Dispose();
        var one = Snapshots.Supplier(name: $"Amberline Wafer {Guid.NewGuid():N} Co.", region: "CN-JS");
        await first.PublishAsync(Snapshots.Registered(one));
        await first.Eventually(db => db.Scores.AnyAsync(s => s.SupplierId == one.SupplierId), "the leader scores the first supplier");

        second = new Replica(database);
        await second.InitializeAsync();
        second.CreateClient().Dispose();
        var two = Snapshots.Supplier(name: $"Amberline Cell {Guid.NewGuid():N} Co.", region: "CN-XJ");
        await second.PublishAsync(Snapshots.Registered(two));
        await second.Eventually(db => db.Scores.AnyAsync(s => s.SupplierId == two.SupplierId && s.Band == "Critical"), "the leader scores what the standby projected");
        Assert.True(first.Services.GetRequiredService<RiskGraphState>().Loaded);
        Assert.False(second.Services.GetRequiredService<RiskGraphState>().Loaded, "the standby must not keep a graph of its own and drain the queue");

        await ((IAsyncLifetime)first).DisposeAsync();
        this.first = null;
        var three = Snapshots.Supplier(name: $"Amberline Module {Guid.NewGuid():N} Co.", region: "CN-XJ");
        await second.PublishAsync(Snapshots.Registered(three));
        await second.Eventually(db => db.Scores.AnyAsync(s => s.SupplierId == three.SupplierId && s.Band == "Critical"),
            "the standby takes the lease over and scores", TimeSpan.FromSeconds(30));
        Assert.True(await second.WithDb(db => db.JobLeases.AnyAsync(l => l.Name == JobLock.ScoringWorker && l.ExpiresAt > DateTimeOffset.UtcNow)));
    }
}
