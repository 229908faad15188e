using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Outbox;

public sealed class RabbitRegistry() : RegistryFactory(DatabaseProvider.Postgres, rabbitMq: true)
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        new("Messaging:Outbox:PublishTimeout", "00:00:03"),
        new("Messaging:Outbox:MaxBackoff", "00:00:02"),
    ];
}

/// <summary>The outbox against a real RabbitMQ node: after commit only, never on rollback, nothing lost in an outage, nothing doubled by two dispatchers.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class OutboxOnRabbitMqTests(RabbitRegistry factory) : IClassFixture<RabbitRegistry>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    readonly HttpClient client = factory.ClientAs("procurement");

    [Fact]
    public async Task CommittedChange_IsPublished_RolledBackChangeIsNot()
    {
        await using var listener = await RabbitListener.StartAsync(typeof(SupplierRegistered));
        var rolledBack = $"rolled-back-{Guid.NewGuid():N}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Publish(new SupplierRegistered { Supplier = Snapshot(rolledBack), OccurredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        var created = await client.CreateSupplierAsync(ApiHelpers.Supplier());
        await listener.WaitForAsync(created.Id().ToString(), 1, Patience);
        Assert.Equal(0, listener.Count(rolledBack));
    }

    [Fact]
    public async Task WritesDuringBrokerOutage_Answer201_AndEventsArriveAfterRestart()
    {
        await using var listener = await RabbitListener.StartAsync(typeof(SupplierRegistered));
        var ids = new List<string>();
        // No end-to-end test may be running while the node is down.
        await using var brokerLock = await BrokerLock.AcquireAsync();
        await RabbitMqCtl("stop_app");
        try
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            for (var i = 0; i < 10; i++)
            {
                var response = await client.PostAsJsonAsync("/api/suppliers", ApiHelpers.Supplier());
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                ids.Add((await response.ReadJson()).Id().ToString());
            }
        }
        finally
        {
            await RabbitMqCtl("start_app");
            await RabbitMqCtl("await_startup");
        }
        await listener.ConnectAsync();
        foreach (var id in ids) await listener.WaitForAsync(id, 1, Patience);
    }

    [Fact]
    public async Task TwoDispatchers_PublishEveryEventExactlyOnce()
    {
        await using var listener = await RabbitListener.StartAsync(typeof(SupplierRegistered));
        using var second = factory.WithWebHostBuilder(b => b.UseSetting("Messaging:Outbox:BatchSize", "7"));
        _ = second.Services; // starts the second host and its dispatcher
        var marker = $"pair-{Guid.NewGuid():N}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            for (var i = 0; i < 300; i++) db.Publish(new SupplierRegistered { Supplier = Snapshot($"{marker}-{i:D3}"), OccurredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        await listener.WaitForAsync(marker, 300, Patience);
        await Task.Delay(1000);
        var messageIds = listener.Bodies.Where(b => b.Contains(marker, StringComparison.Ordinal))
            .Select(b => JsonDocument.Parse(b).RootElement.GetProperty("messageId").GetString()).ToList();
        Assert.Equal(300, messageIds.Count);
        Assert.Equal(300, messageIds.Distinct().Count());
        Assert.Equal(0, await factory.WithDb(db => db.OutboxMessages.CountAsync(m => m.Body.Contains(marker) && m.SentAt == null)));
    }

    static SupplierSnapshot Snapshot(string name) => new() { SupplierId = Guid.NewGuid(), Version = 1, Name = name, CountryCode = "CN", Status = "Draft" };

    static async Task RabbitMqCtl(string command)
    {
        using var process = Process.Start(new ProcessStartInfo(TestEnvironment.RabbitMqCtl, command) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {command} failed: {await process.StandardError.ReadToEndAsync()}");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RabbitMqCollection
{
    public const string Name = "RabbitMQ";
}
