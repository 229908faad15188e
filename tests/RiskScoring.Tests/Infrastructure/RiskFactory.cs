using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SupplierDD.RiskScoring.Data;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.RiskScoring.Tests.Infrastructure;

/// <summary>
/// Risk scoring on a real database of its own (a fresh SQLite file or PostgreSQL database), the in-memory bus, no Hangfire
/// server (tests run the jobs themselves) and, unless a test sets <see cref="RegistryBaseUrl"/>, a registry nobody answers on.
/// </summary>
public class RiskFactory : ServiceFactory<Program>
{
    public RiskFactory() : this(DatabaseProvider.Sqlite) { }

    protected RiskFactory(DatabaseProvider provider) : base("risk", "RiskScoringDb", provider, TestTransport.InMemory) { }

    /// <summary>Set before first use to read snapshots from a real registry.</summary>
    public string? RegistryBaseUrl { get; set; }
    /// <summary>The service's clock when <see cref="UsesFakeClock"/>; starts at the real time.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    protected virtual bool UsesFakeClock => false;

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("Messaging:Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Jobs:ServerEnabled", "false");
        builder.UseSetting("Services:SupplierRegistry:BaseUrl", RegistryBaseUrl ?? "http://127.0.0.1:9");
        builder.UseSetting("Projection:RebuildWhenEmpty", RegistryBaseUrl is null ? "false" : "true");
        if (UsesFakeClock)
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            });
    }

    public async Task<T> WithDb<T>(Func<RiskDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RiskDbContext>());
    }

    public async Task WithDb(Func<RiskDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<RiskDbContext>());
    }

    /// <summary>Publishes <paramref name="message"/> on the in-memory bus, as the registry would.</summary>
    public Task PublishAsync<T>(T message) where T : class => Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>Polls <paramref name="condition"/> until it holds (messages are consumed asynchronously).</summary>
    public async Task Eventually(Func<RiskDbContext, Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await WithDb(condition))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }
}

public sealed class SqliteRisk : RiskFactory;

public sealed class PostgresRisk() : RiskFactory(DatabaseProvider.Postgres);

/// <summary>On a fake clock the tests move (re-assessment, staleness).</summary>
public sealed class FakeClockRisk : RiskFactory
{
    protected override bool UsesFakeClock => true;
}
