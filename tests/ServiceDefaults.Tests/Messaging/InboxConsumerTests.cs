using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests;

public sealed record NoteAdded(string Text);

public sealed class Note
{
    public int Id { get; set; }
    public string Text { get; set; } = "";
}

public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();
}

/// <summary>Adds a note per message; fails once after making its change when the text asks it to.</summary>
public sealed class NoteConsumer(NotesDbContext db, TimeProvider time) : InboxConsumer<NoteAdded>(db, time)
{
    public static int FailuresLeft;

    protected override Task Handle(ConsumeContext<NoteAdded> context)
    {
        db.Notes.Add(new Note { Text = context.Message.Text });
        if (context.Message.Text.StartsWith("fail", StringComparison.Ordinal) && Interlocked.Decrement(ref FailuresLeft) >= 0)
            throw new InvalidOperationException("simulated crash before commit");
        return Task.CompletedTask;
    }
}

public sealed class InboxConsumerTests : IAsyncLifetime
{
    readonly string file = Path.Combine(Path.GetTempPath(), $"inbox-{Guid.NewGuid():N}.db");
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
            bus.AddConsumer<NoteConsumer>();
            bus.AddConfigureEndpointsCallback((_, _, e) => e.UseMessageRetry(r => r.Immediate(3)));
        });
        provider = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
        harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
    }

    async Task<(int Notes, int Inbox)> Counts(string text)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        return (await db.Notes.CountAsync(n => n.Text == text), await db.InboxMessages.CountAsync());
    }

    [Fact]
    public async Task Redelivery_OfSameMessageId_HasNoSecondEffect()
    {
        var messageId = NewId.NextGuid();
        await harness.Bus.Publish(new NoteAdded("once"), ctx => ctx.MessageId = messageId);
        await harness.Bus.Publish(new NoteAdded("once"), ctx => ctx.MessageId = messageId);
        await harness.Bus.Publish(new NoteAdded("once"), ctx => ctx.MessageId = NewId.NextGuid());

        Assert.True(await WaitUntil(async () => (await Counts("once")).Notes >= 2));
        Assert.True(await harness.Consumed.Any<NoteAdded>(m => m.Context.MessageId == messageId));
        await harness.InactivityTask;
        var (notes, inbox) = await Counts("once");
        Assert.Equal(2, notes);
        Assert.Equal(2, inbox);
    }

    [Fact]
    public async Task FailureBeforeCommit_LeavesNoInboxRow_SoTheRetryApplies()
    {
        NoteConsumer.FailuresLeft = 1;
        await harness.Bus.Publish(new NoteAdded("fail-once"));
        Assert.True(await WaitUntil(async () => (await Counts("fail-once")).Notes == 1));
        await Task.Delay(300);
        Assert.Equal((1, 1), await Counts("fail-once"));
    }

    static async Task<bool> WaitUntil(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }

    public async Task DisposeAsync()
    {
        await harness.Stop();
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
