using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using SupplierDD.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests.Messaging;

/// <summary>A service-shaped host: a SQLite NotesDbContext with outbox and inbox, and the bus exactly as the services set it up.</summary>
public sealed class MessagingHost : IAsyncDisposable
{
    readonly string file = Path.Combine(Path.GetTempPath(), $"messaging-host-{Guid.NewGuid():N}.db");

    MessagingHost() { }

    public WebApplication App { get; private set; } = null!;

    public static async Task<MessagingHost> StartAsync(string servicePrefix, IDictionary<string, string?> settings, Action<IBusRegistrationConfigurator>? consumers = null,
        Action<WebApplicationBuilder>? configure = null, bool web = false)
    {
        var host = new MessagingHost();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["ConnectionStrings:NotesDb"] = $"Data Source={host.file}";
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["Database:MigrateOnStart"] = "false";
        builder.Configuration["Auth:SigningKey"] = TestEnvironment.DevSigningKey;
        builder.Configuration["Auth:Audience"] = "supplierdd-registry";
        // Always the in-memory test server: a WebApplication left to itself listens on port 5000, which the Web app's
        // own tests (and a local run) may hold at the same moment.
        builder.WebHost.UseTestServer();
        if (web) builder.AddServiceDefaults();
        builder.AddServiceDatabase<NotesDbContext, NotesDbContext, NotesDbContext, NotesDbContext>("NotesDb");
        builder.AddServiceMessaging(servicePrefix, consumers);
        configure?.Invoke(builder);
        host.App = builder.Build();
        if (web) host.App.UseServiceDefaults();
        await using (var scope = host.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
        await host.App.StartAsync();
        return host;
    }

    public async Task<T> WithDb<T>(Func<NotesDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotesDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
