using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Database;

/// <summary>The provider switch: one DbContext per service, one subclass per provider so each provider keeps its own migrations.</summary>
public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the provider named by <c>Database:Provider</c>, with the
    /// connection string <c>ConnectionStrings:{connectionName}</c>, wired to the outbox; migrates on start unless turned off.
    /// <paramref name="configure"/> adds the service's own options (e.g. interceptors).
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext, TSqlServer, TPostgres, TSqlite>(this WebApplicationBuilder builder, string connectionName,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : ServiceDbContext
        where TSqlServer : TContext
        where TPostgres : TContext
        where TSqlite : TContext
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<BulkWriteGate>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.AddProviderDatabase<TContext, TSqlServer, TPostgres, TSqlite>(connectionName,
            (sp, o) =>
            {
                o.AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>());
                configure?.Invoke(sp, o);
            });
        builder.Services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        return builder;
    }

    /// <summary>
    /// The provider switch for any DbContext (the Web app's identity store has no outbox): registers
    /// <typeparamref name="TContext"/> on the provider named by <c>Database:Provider</c> with the connection string
    /// <c>ConnectionStrings:{connectionName}</c>, a readiness check, and migration on start unless turned off.
    /// </summary>
    public static WebApplicationBuilder AddProviderDatabase<TContext, TSqlServer, TPostgres, TSqlite>(
        this WebApplicationBuilder builder, string connectionName, Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
        where TSqlServer : TContext
        where TPostgres : TContext
        where TSqlite : TContext
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not set (provider {options.Provider}).");

        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<TContext, TSqlServer>((sp, o) =>
                {
                    o.UseSqlServer(connectionString);
                    configure?.Invoke(sp, o);
                });
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContext<TContext, TPostgres>((sp, o) =>
                {
                    o.UseNpgsql(connectionString);
                    configure?.Invoke(sp, o);
                });
                break;
            default:
                EnsureSqliteFolder(connectionString);
                builder.Services.AddDbContext<TContext, TSqlite>((sp, o) =>
                {
                    o.UseSqlite(connectionString);
                    configure?.Invoke(sp, o);
                });
                break;
        }
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [Health.ReadyTag]);
        // Registered before anything else that touches the database, so hosted services start on a migrated schema.
        builder.Services.AddHostedService<MigrateOnStart<TContext>>();
        return builder;
    }

    /// <summary>SQLite stores <see cref="DateTimeOffset"/> as text and cannot compare or sort it; ticks can (nullable ones too).</summary>
    public static void UseSortableDateTimeOffsetsOnSqlite(this ModelConfigurationBuilder conventions, DatabaseFacade database)
    {
        if (database.IsSqlite())
            conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
