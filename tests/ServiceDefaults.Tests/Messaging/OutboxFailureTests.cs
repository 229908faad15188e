using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests.Messaging;

public sealed record NoteOutboxed(string Text);

/// <summary>The dispatcher on real SQLite and PostgreSQL (each claims rows its own way), publishing to the test harness.</summary>
public sealed class OutboxFailureTests
{
    sealed class Fixture : IAsyncDisposable
    {
        public required ServiceProvider Provider { get; init; }
        public required ITestHarness Harness { get; init; }
        public required OutboxDispatcher Dispatcher { get; init; }
        public string? SqliteFile { get; init; }

        public static async Task<Fixture> StartAsync(string provider)
        {
            var file = provider == "Sqlite" ? Path.Combine(Path.GetTempPath(), $"outbox-failure-{Guid.NewGuid():N}.db") : null;
            var database = $"{TestEnvironment.Postgres};Database=outbox_failure_{Guid.NewGuid():N}";
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDbContext<NotesDbContext>(o =>
            {
                if (file is not null) o.UseSqlite($"Data Source={file}");
                else o.UseNpgsql(database);
            });
            services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<NotesDbContext>());
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<OutboxSignal>();
            services.AddSingleton<BulkWriteGate>();
            services.AddOptions<OutboxOptions>().Configure(o => { o.MaxAttempts = 3; o.BatchSize = 1; });
            services.AddMassTransitTestHarness();
            var sp = services.BuildServiceProvider(validateScopes: true);
            await using (var scope = sp.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
            var harness = sp.GetRequiredService<ITestHarness>();
            await harness.Start();
            return new Fixture { Provider = sp, Harness = harness, Dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(sp), SqliteFile = file };
        }

        public async Task<T> Db<T>(Func<NotesDbContext, Task<T>> work)
        {
            await using var scope = Provider.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<NotesDbContext>());
        }

        public async ValueTask DisposeAsync()
        {
            await Harness.Stop();
            if (SqliteFile is null) await Db(db => db.Database.EnsureDeletedAsync());
            await Provider.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (SqliteFile is not null) File.Delete(SqliteFile);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task RowThatCanNeverBePublished_IsMarkedFailedAfterMaxAttempts_AndNeverBlocksTheRowsBehindIt(string provider)
    {
        await using var f = await Fixture.StartAsync(provider);
        var time = (FakeTimeProvider)f.Provider.GetRequiredService<TimeProvider>();
        // A row from a build that knew a type this one does not: it can never be published.
        var poisonId = await f.Db(async db =>
        {
            var poison = OutboxMessage.Create(new NoteOutboxed("poison"));
            poison.MessageType = "SupplierDD.Contracts.Gone.SomethingRemoved, SupplierDD.Contracts";
            db.OutboxMessages.Add(poison);
            db.Publish(new NoteOutboxed("behind-1"));
            await db.SaveChangesAsync();
            return poison.Id;
        });

        for (var round = 0; round < 6; round++)
        {
            while (await f.Dispatcher.DispatchBatchAsync(CancellationToken.None) > 0) { }
            time.Advance(TimeSpan.FromHours(1)); // past any backoff
        }
        await f.Db(async db =>
        {
            db.Publish(new NoteOutboxed("behind-2"));
            return await db.SaveChangesAsync();
        });
        while (await f.Dispatcher.DispatchBatchAsync(CancellationToken.None) > 0) { }

        var poisonRow = await f.Db(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == poisonId));
        Assert.Equal(3, poisonRow.Attempts);
        Assert.NotNull(poisonRow.FailedAt);
        Assert.Null(poisonRow.SentAt);
        Assert.Contains("Unknown message type", poisonRow.LastError);
        Assert.Equal(2, await f.Db(db => db.OutboxMessages.CountAsync(m => m.SentAt != null)));
        Assert.True(await f.Harness.Published.Any<NoteOutboxed>(m => m.Context.Message.Text == "behind-2"));
        Assert.True(await f.Harness.Published.Any<NoteOutboxed>(m => m.Context.Message.Text == "behind-1"));
    }
}
