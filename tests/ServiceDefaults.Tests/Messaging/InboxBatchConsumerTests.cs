using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests;

public sealed record NoteBatched(string Text);

/// <summary>Adds a note per message of a batch.</summary>
public sealed class NoteBatchConsumer(NotesDbContext db, TimeProvider time) : InboxBatchConsumer<NoteBatched>(db, time)
{
    public static int Batches;

    protected override Task Handle(IReadOnlyList<NoteBatched> messages, CancellationToken ct)
    {
        Interlocked.Increment(ref Batches);
        foreach (var m in messages) db.Notes.Add(new Note { Text = m.Text });
        return Task.CompletedTask;
    }
}

public sealed class InboxBatchConsumerTests : IAsyncLifetime
{
    readonly string file = Path.Combine(Path.GetTempPath(), $"inbox-batch-{Guid.NewGuid():N}.db");
    ServiceProvider provider = null!;
    ITestHarness harness = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddDbContext<NotesDbContext>(o => o.UseSqlite($"Data Source={file}"));
        services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<NotesDbContext>());
        services.AddSingleton(TimeProvider.System);
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<NoteBatchConsumer>(c => c.Options<BatchOptions>(o => o.SetMessageLimit(50).SetTimeLimit(TimeSpan.FromMilliseconds(200))));
        });
        provider = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
        harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
    }

    async Task<(int Notes, int Inbox)> Counts(string prefix)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        return (await db.Notes.CountAsync(n => n.Text.StartsWith(prefix)), await db.InboxMessages.CountAsync());
    }

    [Fact]
    public async Task Burst_IsHandledInBatches_AndDuplicatesHaveNoSecondEffect()
    {
        var repeated = NewId.NextGuid();
        await harness.Bus.Publish(new NoteBatched("burst-repeated"), ctx => ctx.MessageId = repeated);
        for (var i = 0; i < 30; i++) await harness.Bus.Publish(new NoteBatched($"burst-{i}"));
        await harness.Bus.Publish(new NoteBatched("burst-repeated"), ctx => ctx.MessageId = repeated);

        for (var i = 0; i < 100 && (await Counts("burst-")).Notes < 31; i++) await Task.Delay(100);
        await harness.InactivityTask;
        await Task.Delay(300);
        // Again, after the first copy was committed: the inbox finds it.
        await harness.Bus.Publish(new NoteBatched("burst-repeated"), ctx => ctx.MessageId = repeated);
        await Task.Delay(500);

        Assert.Equal((31, 31), await Counts("burst-"));
        Assert.InRange(NoteBatchConsumer.Batches, 1, 10);
    }

    public async Task DisposeAsync()
    {
        await harness.Stop();
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
