using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Email;
using Microsoft.Extensions.Logging;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>The Web app as every portal test uses it, on the fake registry.</summary>
public abstract class PortalFactoryBase : WebFactory
{
    protected PortalFactoryBase() { }
    protected PortalFactoryBase(DatabaseProvider provider) : base(provider) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
    }
}

/// <summary>
/// For portal behaviour tests: a failure budget too large to reach, so tests that submit bad links on purpose
/// never turn each other's requests into 429s (<see cref="RateLimitFactory"/> tests the budget).
/// </summary>
public class PortalFactory : PortalFactoryBase
{
    public PortalFactory() { }
    protected PortalFactory(DatabaseProvider provider) : base(provider) { }

    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
        [new("Portal:RateLimit:FailuresAllowed", "100000")];
}

/// <summary>Link rules that move the clock get a factory (and clock) of their own.</summary>
public sealed class LinkRulesFactory : PortalFactory;

public sealed class PostgresLinkRulesFactory() : PortalFactory(DatabaseProvider.Postgres);

/// <summary>The default failure budget (10 per 15 minutes).</summary>
public sealed class RateLimitFactory : PortalFactoryBase;

/// <summary>Email that fails while <see cref="FailingEmail.Failing"/> is set, as an unreachable SMTP server would.</summary>
public sealed class FailingMailFactory : PortalFactory
{
    public FailingEmail Email { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(IEmailSender));
            services.Remove(real);
            services.AddSingleton(real.ImplementationType!);
            services.AddSingleton<IEmailSender>(sp => Email.Wrapping((IEmailSender)sp.GetRequiredService(real.ImplementationType!)));
        });
    }
}

public sealed class FailingEmail
{
    public bool Failing { get; set; }

    public IEmailSender Wrapping(IEmailSender real) => new Sender(this, real);

    sealed class Sender(FailingEmail switches, IEmailSender real) : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken ct = default) =>
            switches.Failing ? throw new System.Net.Sockets.SocketException(111) : real.SendAsync(message, ct);
    }
}

/// <summary>Captures every log line of every category at every level.</summary>
public sealed class LogCapturingFactory : PortalFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            // A provider-specific rule beats appsettings' category levels (Microsoft.AspNetCore: Warning).
            logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
        });
    }
}

public sealed class CapturedLogs : ILoggerProvider
{
    readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose() { }

    sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The message, every structured value and the exception: a token hiding in any of them is found.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
