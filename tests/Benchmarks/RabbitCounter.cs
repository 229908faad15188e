using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace SupplierDD.Benchmarks;

/// <summary>
/// A plain RabbitMQ.Client consumer that counts what arrives on one queue (acknowledged in groups, prefetch 1000),
/// notes when the first and the last message came, and how many message ids came twice.
/// </summary>
public sealed class RabbitCounter : IAsyncDisposable
{
    readonly IConnection connection;
    readonly IChannel channel;
    readonly Lock gate = new();
    readonly HashSet<string> ids = [];
    long count;
    long duplicates;
    long firstAt;
    long lastAt;
    ulong unacked;
    TaskCompletionSource? waiter;
    long waitFor = long.MaxValue;

    public string Queue { get; }
    public long Count => Interlocked.Read(ref count);
    public long Duplicates => Interlocked.Read(ref duplicates);
    public long FirstAt => Interlocked.Read(ref firstAt);
    public long LastAt => Interlocked.Read(ref lastAt);

    RabbitCounter(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        Queue = queue;
    }

    public static ConnectionFactory Factory(int port) => new()
    {
        HostName = "127.0.0.1", Port = port, UserName = "guest", Password = "guest", ClientProvidedName = "supplierdd-bench",
    };

    /// <summary>Declares <paramref name="queue"/> fresh (classic or quorum), binds it to <paramref name="fanoutExchanges"/>, and starts counting.</summary>
    public static async Task<RabbitCounter> StartAsync(int port, string queue, bool quorum, params string[] fanoutExchanges)
    {
        var connection = await Factory(port).CreateConnectionAsync($"counter:{queue}");
        var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(queue);
        var args = new Dictionary<string, object?> { ["x-queue-type"] = quorum ? "quorum" : "classic" };
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: args);
        foreach (var exchange in fanoutExchanges)
        {
            // The same declaration MassTransit makes for a message type's exchange, so whoever comes first wins nothing.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, "");
        }
        await channel.BasicQosAsync(0, 1000, false);
        var counter = new RabbitCounter(connection, channel, queue);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += counter.OnReceived;
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return counter;
    }

    async Task OnReceived(object sender, BasicDeliverEventArgs e)
    {
        var now = Stopwatch.GetTimestamp();
        bool ack;
        lock (gate)
        {
            if (count == 0) firstAt = now;
            lastAt = now;
            count++;
            var id = e.BasicProperties.MessageId;
            if (id is not null && !ids.Add(id)) duplicates++;
            unacked++;
            ack = unacked >= 100 || count >= waitFor;
            if (ack) unacked = 0;
            if (count >= waitFor && waiter is { } w)
            {
                waiter = null;
                w.TrySetResult();
            }
        }
        if (ack) await channel.BasicAckAsync(e.DeliveryTag, multiple: true);
    }

    /// <summary>Waits until <paramref name="total"/> messages have arrived in all; false on timeout.</summary>
    public async Task<bool> WaitForAsync(long total, TimeSpan timeout)
    {
        Task task;
        lock (gate)
        {
            if (count >= total) return true;
            waitFor = total;
            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            task = waiter.Task;
        }
        var done = await Task.WhenAny(task, Task.Delay(timeout)) == task;
        lock (gate) waitFor = long.MaxValue;
        return done;
    }

    /// <summary>Forgets the counts (the queue stays bound).</summary>
    public void Reset()
    {
        lock (gate)
        {
            count = duplicates = firstAt = lastAt = 0;
            ids.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await channel.CloseAsync();
            await connection.CloseAsync();
        }
        catch (Exception) { /* the broker may already be gone at the end of a failed run */ }
        channel.Dispose();
        connection.Dispose();
    }
}
