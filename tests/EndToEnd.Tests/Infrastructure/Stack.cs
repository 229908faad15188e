extern alias Registry;
extern alias Risk;

namespace SupplierDD.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The supplier registry and risk scoring running together: each on its own PostgreSQL database, both on a RabbitMQ
/// virtual host of their own (so other test runs on the same broker are not in the way).
/// </summary>
public sealed class Stack : IAsyncLifetime
{
    readonly string vhost = $"e2e-{Guid.NewGuid():N}";
    readonly List<PostgresDatabase> databases = [];
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
        Registry = new ServiceHost<Registry::Program>("registry", "SupplierRegistryDb", await DatabaseAsync("e2e_registry"), vhost, Settings(new()
        {
            ["Imports:StoragePath"] = Path.Combine(folder, "imports"),
        }));
        Risk = await StartRiskAsync();
    }

    /// <summary>A risk-scoring instance on a fresh database: with an empty projection it reads the registry's snapshots first.</summary>
    public async Task<ServiceHost<Risk::Program>> StartRiskAsync() =>
        new("risk", "RiskScoringDb", await DatabaseAsync("e2e_risk"), vhost, Settings(new()
        {
            ["Services:SupplierRegistry:BaseUrl"] = Registry.BaseUrl,
            ["Jobs:ServerEnabled"] = "false",
            // Small snapshot pages, so a rebuild of a test's few links spans many pages, as a real registry's would.
            ["Projection:RebuildPageSize"] = "5",
        }));

    static Dictionary<string, string> Settings(Dictionary<string, string> extra)
    {
        extra["Messaging:Outbox:PollInterval"] = "00:00:00.200";
        return extra;
    }

    async Task<string> DatabaseAsync(string prefix)
    {
        var database = await PostgresDatabase.CreateAsync(prefix);
        databases.Add(database);
        return database.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (Risk is not null) await Risk.DisposeAsync();
        if (Registry is not null) await Registry.DisposeAsync();
        foreach (var database in databases) await database.DisposeAsync();
        try { await TestEnvironment.RabbitMqCtlAsync("delete_vhost", vhost); } catch (InvalidOperationException) { }
        if (brokerLock is not null) await brokerLock.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
