extern alias Registry;
extern alias Risk;
using Npgsql;

namespace SupplierDD.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The supplier registry and risk scoring running together: each on its own PostgreSQL database, both on a RabbitMQ
/// virtual host of their own (so other test runs on the same broker are not in the way).
/// </summary>
public sealed class Stack : IAsyncLifetime
{
    readonly string vhost = $"e2e-{Guid.NewGuid():N}";
    readonly List<string> databases = [];
    readonly string folder = Path.Combine(Path.GetTempPath(), "supplierdd-e2e", Guid.NewGuid().ToString("N"));

    public ServiceHost<Registry::Program> Registry { get; private set; } = null!;
    public ServiceHost<Risk::Program> Risk { get; private set; } = null!;

    IAsyncDisposable? brokerLock;

    public async Task InitializeAsync()
    {
        // The registry's outage test stops the shared node: not while these tests run.
        brokerLock = await BrokerLock.AcquireAsync();
        await TestEnvironment.RabbitMqCtlAsync("add_vhost", vhost);
        var rabbit = TestEnvironment.RabbitMq;
        var user = Uri.UnescapeDataString(rabbit.UserInfo).Split(':', 2);
        await TestEnvironment.RabbitMqCtlAsync("set_permissions", "-p", vhost, user[0], ".*", ".*", ".*");
        Registry = new ServiceHost<Registry::Program>(Settings("SupplierRegistryDb", await DatabaseAsync("registry"), new()
        {
            ["Imports:StoragePath"] = Path.Combine(folder, "imports"),
        }));
        Risk = await StartRiskAsync();
    }

    /// <summary>A risk-scoring instance on a fresh database: with an empty projection it reads the registry's snapshots first.</summary>
    public async Task<ServiceHost<Risk::Program>> StartRiskAsync() =>
        new(Settings("RiskScoringDb", await DatabaseAsync("risk"), new()
        {
            ["Services:SupplierRegistry:BaseUrl"] = Registry.BaseUrl,
            ["Jobs:ServerEnabled"] = "false",
            // Small snapshot pages, so a rebuild of a test's few links spans many pages, as a real registry's would.
            ["Projection:RebuildPageSize"] = "5",
        }));

    Dictionary<string, string> Settings(string connectionName, string connectionString, Dictionary<string, string> extra)
    {
        var rabbit = TestEnvironment.RabbitMq;
        var user = Uri.UnescapeDataString(rabbit.UserInfo).Split(':', 2);
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            [$"ConnectionStrings:{connectionName}"] = connectionString,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = rabbit.Host,
            ["Messaging:RabbitMq:Port"] = rabbit.Port.ToString(),
            ["Messaging:RabbitMq:VirtualHost"] = vhost,
            ["Messaging:RabbitMq:Username"] = user[0],
            ["Messaging:RabbitMq:Password"] = user.ElementAtOrDefault(1) ?? "",
            ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    async Task<string> DatabaseAsync(string prefix)
    {
        var name = $"e2e_{prefix}_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(TestEnvironment.Postgres);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
        databases.Add(name);
        return new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = name, MaxPoolSize = 30 }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (Risk is not null) await Risk.DisposeAsync();
        if (Registry is not null) await Registry.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(TestEnvironment.Postgres))
        {
            await admin.OpenAsync();
            foreach (var name in databases)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
        try { await TestEnvironment.RabbitMqCtlAsync("delete_vhost", vhost); } catch (InvalidOperationException) { }
        if (brokerLock is not null) await brokerLock.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
