using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Tests.Infrastructure;

/// <summary>The registry on a real database of its own: a fresh SQLite file or a fresh PostgreSQL database.</summary>
public class RegistryFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "supplierdd-tests", Guid.NewGuid().ToString("N"));
    string? postgresDatabase;

    public RegistryFactory() : this(DatabaseProvider.Sqlite) { }

    protected RegistryFactory(DatabaseProvider provider, bool rabbitMq = false)
    {
        Provider = provider;
        UsesRabbitMq = rabbitMq;
    }

    public DatabaseProvider Provider { get; }
    public bool UsesRabbitMq { get; }
    public string ImportFolder => Path.Combine(folder, "imports");
    public string ConnectionString { get; protected set; } = "";

    /// <summary>Extra settings a test class needs (applied last).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> ExtraSettings => [];

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        if (Provider == DatabaseProvider.Postgres)
        {
            postgresDatabase = $"registry_{Guid.NewGuid():N}";
            await using var admin = new NpgsqlConnection(TestEnvironment.Postgres);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{postgresDatabase}\"", admin);
            await create.ExecuteNonQueryAsync();
            ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = postgresDatabase, MaxPoolSize = 30 }.ConnectionString;
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(folder, "registry.db")}";
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:SupplierRegistryDb", ConnectionString);
        builder.UseSetting("Imports:StoragePath", ImportFolder);
        builder.UseSetting("Imports:BatchSize", "500");
        builder.UseSetting("Imports:PollInterval", "00:00:00.200");
        builder.UseSetting("Imports:LeaseDuration", "00:00:03");
        builder.UseSetting("Messaging:Outbox:PollInterval", "00:00:00.200");
        if (UsesRabbitMq)
        {
            var uri = TestEnvironment.RabbitMq;
            var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
            builder.UseSetting("Messaging:Transport", "RabbitMq");
            builder.UseSetting("Messaging:RabbitMq:Host", uri.Host);
            builder.UseSetting("Messaging:RabbitMq:Port", uri.Port.ToString());
            builder.UseSetting("Messaging:RabbitMq:Username", credentials[0]);
            builder.UseSetting("Messaging:RabbitMq:Password", credentials.ElementAtOrDefault(1) ?? "");
        }
        else
        {
            builder.UseSetting("Messaging:Transport", "InMemory");
        }
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
    }

    public HttpClient ClientAs(string role) => CreateClient().As(role);

    /// <summary>Runs <paramref name="work"/> against the service's own database.</summary>
    public async Task<T> WithDb<T>(Func<RegistryDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.Postgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* SQLite may still hold the file on slow shutdown */ }
    }
}

public sealed class SqliteRegistry : RegistryFactory;

/// <summary>A second replica of the registry: another host on the same database as <paramref name="first"/> (which owns and drops it).</summary>
public sealed class SecondReplica(RegistryFactory first) : RegistryFactory(first.Provider)
{
    public override Task InitializeAsync()
    {
        ConnectionString = first.ConnectionString;
        return Task.CompletedTask;
    }
}

public sealed class PostgresRegistry() : RegistryFactory(DatabaseProvider.Postgres);
