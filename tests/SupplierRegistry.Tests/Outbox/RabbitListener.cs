using System.Collections.Concurrent;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Outbox;

/// <summary>
/// Reads what MassTransit published for one event type from a durable queue of its own, with the
/// plain RabbitMQ client, so the test sees exactly what reached the broker. The queue survives a
/// broker restart; <see cref="ConnectAsync"/> again afterwards.
/// </summary>
public sealed class RabbitListener : IAsyncDisposable
{
    readonly string exchange;
    readonly string queue = $"supplierdd-tests-{Guid.NewGuid():N}";
    IConnection? connection;
    IChannel? channel;

    public ConcurrentQueue<string> Bodies { get; } = new();

    RabbitListener(string exchange) => this.exchange = exchange;

    /// <summary>MassTransit names a type's exchange <c>Namespace:Type</c>.</summary>
    public static async Task<RabbitListener> StartAsync(Type messageType)
    {
        var listener = new RabbitListener($"{messageType.Namespace}:{messageType.Name}");
        await listener.ConnectAsync();
        return listener;
    }

    public async Task ConnectAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
        connection = await new ConnectionFactory { Uri = TestEnvironment.RabbitMq }.CreateConnectionAsync();
        channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, "");
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            Bodies.Enqueue(Encoding.UTF8.GetString(delivery.Body.Span));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
    }

    public int Count(string marker) => Bodies.Count(b => b.Contains(marker, StringComparison.Ordinal));

    public async Task WaitForAsync(string marker, int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Count(marker) < count)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"saw {Count(marker)} of {count} messages containing '{marker}' within {timeout}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (channel is { IsOpen: true }) await channel.QueueDeleteAsync(queue);
        if (connection is not null) await connection.DisposeAsync();
    }
}
