using System.Text;
using System.Text.Json.Nodes;
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
    public Dictionary<string, string?> Settings(string? user = null, string? password = null) => new()
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMq:Host"] = Host,
        ["Messaging:RabbitMq:Port"] = Port.ToString(),
        ["Messaging:RabbitMq:VirtualHost"] = VirtualHost,
        ["Messaging:RabbitMq:Username"] = user ?? User,
        ["Messaging:RabbitMq:Password"] = password ?? Password,
    };

    /// <summary>
    /// Loads infra/rabbitmq/definitions.json (what docker-compose loads at boot) into this virtual host: its exchanges,
    /// queues, bindings, policies and the services' users and permissions. The users get <paramref name="password"/>,
    /// as the compose start script gives them theirs.
    /// </summary>
    public async Task ImportDefinitionsAsync(string password)
    {
        var definitions = JsonNode.Parse(await File.ReadAllTextAsync(DefinitionsPath))!.AsObject();
        foreach (var section in new[] { "vhosts", "permissions", "policies", "queues", "exchanges", "bindings" })
            foreach (var item in definitions[section]!.AsArray())
                item![section == "vhosts" ? "name" : "vhost"] = VirtualHost;
        var file = Path.Combine(Path.GetTempPath(), $"{VirtualHost}.json");
        await File.WriteAllTextAsync(file, definitions.ToJsonString());
        try { await TestEnvironment.RabbitMqCtlAsync("import_definitions", file); }
        finally { File.Delete(file); }
        foreach (var user in definitions["users"]!.AsArray())
            await TestEnvironment.RabbitMqCtlAsync("change_password", (string)user!["name"]!, password);
    }

    public static string DefinitionsPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "infra", "rabbitmq", "definitions.json")))
                    return Path.Combine(dir.FullName, "infra", "rabbitmq", "definitions.json");
            throw new FileNotFoundException("infra/rabbitmq/definitions.json not found above " + AppContext.BaseDirectory);
        }
    }

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
