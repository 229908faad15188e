using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.RiskScoring;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests.Messaging;

/// <summary>Stands in for risk scoring's consumer: same class name, same service prefix, so the same queue.</summary>
public sealed class SupplierRegisteredConsumer(NotesDbContext db, TimeProvider time) : InboxBatchConsumer<SupplierRegistered>(db, time)
{
    protected override Task Handle(IReadOnlyList<SupplierRegistered> messages, CancellationToken ct)
    {
        foreach (var m in messages) db.Notes.Add(new Note { Text = m.Supplier.Name });
        return Task.CompletedTask;
    }
}

/// <summary>infra/rabbitmq/definitions.json on the real broker, with the services' own users.</summary>
public sealed class TopologyTests : IAsyncLifetime
{
    const string Password = "topology-test-password";
    TestBroker broker = null!;

    public async Task InitializeAsync()
    {
        broker = await TestBroker.CreateAsync();
        await broker.ImportDefinitionsAsync(Password);
    }

    static SupplierRegistered Registered(string name) => new()
    {
        Supplier = new SupplierSnapshot { SupplierId = Guid.NewGuid(), Version = 1, Name = name, CountryCode = "CN", Status = "Draft" },
        OccurredAt = DateTimeOffset.UtcNow,
    };

    static async Task<bool> Sent(MessagingHost host) =>
        await host.WithDb(db => db.OutboxMessages.AnyAsync()) && await host.WithDb(db => db.OutboxMessages.AllAsync(m => m.SentAt != null));

    [Fact]
    public async Task EventPublishedBeforeTheConsumerEverRan_ArrivesWhenTheConsumerStarts()
    {
        await using (var registry = await MessagingHost.StartAsync("supplier-registry", broker.Settings("supplier-registry", Password)))
        {
            await registry.WithDb(async db =>
            {
                db.Publish(Registered("Early Bird Polysilicon"));
                return await db.SaveChangesAsync();
            });
            Assert.True(await broker.WaitUntil(() => Sent(registry)), "the outbox did not publish");
        }

        await using var risk = await MessagingHost.StartAsync("risk-scoring", broker.Settings("risk-scoring", Password),
            bus => bus.AddConsumer<SupplierRegisteredConsumer>(c => c.Options<BatchOptions>(o => o.SetMessageLimit(200).SetTimeLimit(TimeSpan.FromMilliseconds(20)).SetConcurrencyLimit(1))));
        Assert.True(await broker.WaitUntil(() => risk.WithDb(db => db.Notes.AnyAsync(n => n.Text == "Early Bird Polysilicon"))),
            "the event published before risk scoring first ran never reached it");
    }

    [Fact]
    public async Task EventNobodyConsumes_IsKeptInTheUnroutableQueue()
    {
        await using var risk = await MessagingHost.StartAsync("risk-scoring", broker.Settings("risk-scoring", Password));
        await risk.WithDb(async db =>
        {
            db.Publish(new ReassessmentDue { SupplierId = Guid.NewGuid(), Roles = ["Wafer"], Band = "High", DueOn = new DateOnly(2027, 1, 1), Reason = "test", OccurredAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        Assert.True(await broker.WaitUntil(() => Sent(risk)));
        Assert.True(await broker.WaitUntil(async () => await broker.DepthAsync("supplierdd.unroutable") == 1));
    }

    public async Task DisposeAsync() => await broker.DisposeAsync();
}
