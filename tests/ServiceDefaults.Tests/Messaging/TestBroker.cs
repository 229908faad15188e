using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace SupplierDD.ServiceDefaults.Tests.Messaging;

/// <summary>A fresh virtual host on the test RabbitMQ node per test, so no test sees another's queues; deleted at the end.</summary>
public sealed class TestBroker : IAsyncDisposable
{
    TestBroker(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }
    public string Host => TestEnvironment.RabbitMq.Host;
    public int Port => TestEnvironment.RabbitMq.Port;

    public static async Task<TestBroker> CreateAsync()
    {
        var broker = new TestBroker($"sdd-test-{Guid.NewGuid():N}");
        await TestEnvironment.RabbitMqCtlAsync("add_vhost", broker.VirtualHost);
        await TestEnvironment.RabbitMqCtlAsync("set_permissions", "-p", broker.VirtualHost, User, ".*", ".*", ".*");
        return broker;
    }

    static string User => Uri.UnescapeDataString(TestEnvironment.RabbitMq.UserInfo.Split(':')[0]);
    static string Password => Uri.UnescapeDataString(TestEnvironment.RabbitMq.UserInfo.Split(':')[1]);

    /// <summary>Settings for <c>AddServiceMessaging</c> pointing at this virtual host.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMq:Host"] = Host,
        ["Messaging:RabbitMq:Port"] = Port.ToString(),
        ["Messaging:RabbitMq:VirtualHost"] = VirtualHost,
        ["Messaging:RabbitMq:Username"] = User,
        ["Messaging:RabbitMq:Password"] = Password,
    };

    public async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { HostName = Host, Port = Port, VirtualHost = VirtualHost, UserName = User, Password = Password }.CreateConnectionAsync();

    /// <summary>Messages ready in <paramref name="queue"/>, or null when it does not exist.</summary>
    public async Task<uint?> DepthAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        try { return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount; }
        catch (OperationInterruptedException) { return null; }
    }

    /// <summary>Takes one message off <paramref name="queue"/> with its headers (strings decoded).</summary>
    public async Task<(string Body, Dictionary<string, string> Headers, string? MessageId)?> GetAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var result = await channel.BasicGetAsync(queue, autoAck: true);
        if (result is null) return null;
        var headers = (result.BasicProperties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? "");
        return (Encoding.UTF8.GetString(result.Body.Span), headers, result.BasicProperties.MessageId);
    }

    public async Task<bool> WaitUntil(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return await condition();
    }

    public async ValueTask DisposeAsync() => await TestEnvironment.RabbitMqCtlAsync("delete_vhost", VirtualHost);
}
