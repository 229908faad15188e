using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>
/// The Web app with its own identity store (a fresh SQLite file, or a fresh PostgreSQL database) and an
/// email pickup folder of its own. The registry and the risk service are faked at the Refit boundary
/// (<see cref="Registry"/>, <see cref="Risk"/>) unless <see cref="RegistryBaseUrl"/> / <see cref="RiskBaseUrl"/> point at real ones.
/// </summary>
public class WebFactory : ServiceFactory<Program>
{
    public WebFactory() : this(DatabaseProvider.Sqlite) { }

    protected WebFactory(DatabaseProvider provider) : base("web", "WebDb", provider, TestTransport.None) { }

    /// <summary>Emails land here as .eml files (Email:PickupFolder).</summary>
    public string PickupFolder => Path.Combine(Folder, "mail");
    /// <summary>The faked registry; ignored when <see cref="RegistryBaseUrl"/> is set.</summary>
    public FakeRegistry Registry { get; } = new();
    /// <summary>Set before the first request to use a real registry instead of <see cref="Registry"/>.</summary>
    public string? RegistryBaseUrl { get; set; }
    /// <summary>The faked risk-scoring service; ignored when <see cref="RiskBaseUrl"/> is set.</summary>
    public FakeRiskApi Risk { get; } = new();
    /// <summary>Set before the first request to use a real (or unreachable) risk service instead of <see cref="Risk"/>.</summary>
    public string? RiskBaseUrl { get; set; }
    /// <summary>The clock of the Web app (sessions, link expiry); starts at the real time. Unused when <see cref="UsesFakeClock"/> is false.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>
    /// True: the app runs on <see cref="Time"/>, which only tests move. The resilience handler waits between retries on
    /// that clock too, so a factory whose tests see a real service fail must answer false (<see cref="SystemClockWebFactory"/>).
    /// </summary>
    protected virtual bool UsesFakeClock => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(PickupFolder);
    }

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("Email:PickupFolder", PickupFolder);
        builder.UseSetting("Email:Smtp:Host", "");
        builder.UseSetting("Web:PublicBaseUrl", "http://127.0.0.1:5000");
        builder.UseSetting("Services:SupplierRegistry:BaseUrl", RegistryBaseUrl ?? "http://127.0.0.1:9");
        builder.UseSetting("Services:RiskScoring:BaseUrl", RiskBaseUrl ?? "http://127.0.0.1:9");
        builder.ConfigureTestServices(services =>
        {
            if (UsesFakeClock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            }
            if (RegistryBaseUrl is null)
            {
                services.RemoveAll<IRegistryApi>();
                services.AddSingleton<IRegistryApi>(Registry);
            }
            if (RiskBaseUrl is null)
            {
                services.RemoveAll<IRiskApi>();
                services.AddSingleton<IRiskApi>(Risk);
            }
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public PageClient Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A browser-like client already signed in.</summary>
    public async Task<PageClient> SignedIn(string email, string password)
    {
        var browser = Browser();
        await browser.SignInAsync(email, password);
        return browser;
    }

    /// <summary>Runs <paramref name="work"/> against the identity store.</summary>
    public async Task<T> WithDb<T>(Func<WebDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WebDbContext>());
    }
}

/// <summary>The Web app with its identity store on PostgreSQL.</summary>
public sealed class PostgresWebFactory() : WebFactory(DatabaseProvider.Postgres);

/// <summary>The development accounts seeded from appsettings.Development.json.</summary>
public static class DevAccounts
{
    public const string Procurement = "procurement@supplierdd.local";
    public const string ProcurementPassword = "procurement-dev-password";
    public const string Analyst = "analyst@supplierdd.local";
    public const string AnalystPassword = "analyst-dev-password";
    public const string Admin = "admin@supplierdd.local";
    public const string AdminPassword = "admin-dev-password";
}
