using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
    /// connection string <c>ConnectionStrings:{connectionName}</c>; migrates on start unless turned off.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext, TSqlServer, TPostgres, TSqlite>(this WebApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
        where TSqlServer : TContext
        where TPostgres : TContext
        where TSqlite : TContext
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not set (provider {options.Provider}).");

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();

        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<TContext, TSqlServer>((sp, o) => o.UseSqlServer(connectionString).AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>()));
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContext<TContext, TPostgres>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>()));
                break;
            default:
                EnsureSqliteFolder(connectionString);
                builder.Services.AddDbContext<TContext, TSqlite>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>()));
                break;
        }
        builder.Services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [Health.ReadyTag]);
        // Registered before anything else that touches the database, so hosted services start on a migrated schema.
        builder.Services.AddHostedService<MigrateOnStart<TContext>>();
        return builder;
    }

    static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
