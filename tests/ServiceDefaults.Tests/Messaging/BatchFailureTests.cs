using Microsoft.AspNetCore.TestHost;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests.Messaging;

public sealed record NoteForBatch(string Text);

/// <summary>Adds a note per message; a message whose text starts with "poison" always fails, taking its batch with it.</summary>
public sealed class PoisonSensitiveBatchConsumer(NotesDbContext db, TimeProvider time) : InboxBatchConsumer<NoteForBatch>(db, time)
{
    protected override Task Handle(IReadOnlyList<NoteForBatch> messages, CancellationToken ct)
    {
        foreach (var m in messages)
        {
            if (m.Text.StartsWith("poison", StringComparison.Ordinal)) throw new InvalidOperationException($"cannot handle '{m.Text}'");
            db.Notes.Add(new Note { Text = m.Text });
        }
        return Task.CompletedTask;
    }
}

/// <summary>On the real RabbitMQ, through the same bus set-up the services use.</summary>
public sealed class BatchFailureTests : IAsyncLifetime
{
    readonly string file = Path.Combine(Path.GetTempPath(), $"batch-failure-{Guid.NewGuid():N}.db");
    TestBroker broker = null!;
    WebApplication app = null!;
    static readonly string Queue = new KebabCaseEndpointNameFormatter("sdd-test", false).Consumer<PoisonSensitiveBatchConsumer>();

    public async Task InitializeAsync()
    {
        broker = await TestBroker.CreateAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer(); // never Kestrel's default port 5000, which other tests may hold
        builder.Configuration.AddInMemoryCollection(broker.Settings());
        builder.Configuration["Messaging:Outbox:Enabled"] = "false";
        builder.Services.AddDbContext<NotesDbContext>(o => o.UseSqlite($"Data Source={file}"));
        builder.Services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<NotesDbContext>());
        builder.AddServiceMessaging("sdd-test", bus => bus.AddConsumer<PoisonSensitiveBatchConsumer>(c =>
            // One batch of all ten messages: the test is about a batch with one bad message in it.
            c.Options<BatchOptions>(o => o.SetMessageLimit(10).SetTimeLimit(TimeSpan.FromSeconds(3)).SetConcurrencyLimit(1))));
        app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
        await app.StartAsync();
    }

    async Task<(int Notes, int Inbox)> Counts()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        return (await db.Notes.CountAsync(), await db.InboxMessages.CountAsync());
    }

    [Fact]
    public async Task OneBadMessage_GoesAloneToTheErrorQueueWithItsReason_TheOthersTakeEffectOnce()
    {
        var bus = app.Services.GetRequiredService<IBus>();
        var poisonId = NewId.NextGuid();
        for (var i = 0; i < 10; i++)
        {
            if (i == 4) await bus.Publish(new NoteForBatch("poison-4"), ctx => ctx.MessageId = poisonId);
            else await bus.Publish(new NoteForBatch($"good-{i}"));
        }

        Assert.True(await broker.WaitUntil(async () => await broker.DepthAsync(Queue + "_error") == 1), "the bad message did not reach the error queue");
        Assert.True(await broker.WaitUntil(async () => (await Counts()).Notes == 9));
        await Task.Delay(500);
        Assert.Equal((9, 9), await Counts());
        Assert.Equal(0u, await broker.DepthAsync(Queue));
        Assert.Equal(1u, await broker.DepthAsync(Queue + "_error"));

        var faulted = await broker.GetAsync(Queue + "_error");
        Assert.NotNull(faulted);
        Assert.Contains("poison-4", faulted.Value.Body);
        Assert.Contains("cannot handle 'poison-4'", faulted.Value.Headers["MT-Fault-Message"]);
        Assert.Equal(typeof(InvalidOperationException).FullName, faulted.Value.Headers["MT-Fault-ExceptionType"]);
        Assert.Equal(poisonId.ToString(), faulted.Value.MessageId);
    }

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await broker.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
