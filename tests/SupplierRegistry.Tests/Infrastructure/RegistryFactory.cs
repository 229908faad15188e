using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Tests.Infrastructure;

/// <summary>The registry on a real database of its own: a fresh SQLite file or a fresh PostgreSQL database.</summary>
public class RegistryFactory : ServiceFactory<Program>
{
    public RegistryFactory() : this(DatabaseProvider.Sqlite) { }

    protected RegistryFactory(DatabaseProvider provider, bool rabbitMq = false)
        : base("registry", "SupplierRegistryDb", provider, rabbitMq ? TestTransport.RabbitMq : TestTransport.InMemory) { }

    public bool UsesRabbitMq => Transport == TestTransport.RabbitMq;
    public string ImportFolder => Path.Combine(Folder, "imports");

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("Imports:StoragePath", ImportFolder);
        builder.UseSetting("Imports:BatchSize", "500");
        builder.UseSetting("Imports:PollInterval", "00:00:00.200");
        builder.UseSetting("Imports:LeaseDuration", "00:00:03");
        builder.UseSetting("Messaging:Outbox:PollInterval", "00:00:00.200");
    }

    /// <summary>Runs <paramref name="work"/> against the service's own database.</summary>
    public async Task<T> WithDb<T>(Func<RegistryDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
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
