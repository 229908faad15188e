using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Hosting;

/// <summary>
/// <c>/health/live</c> says the process runs; <c>/health/ready</c> checks the database and the broker (and shows the messaging
/// numbers); <c>/health/messaging</c> (admins) reports the outbox backlog, failed rows and error-queue depths in full.
/// </summary>
public static class Health
{
    /// <summary>Tag for checks that must pass before the service takes traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Part of the service defaults; the Web app, which has no API surface of its own, composes the pieces it needs.</summary>
    public static void AddHealth(this WebApplicationBuilder builder) => builder.Services.AddHealthChecks();

    /// <summary>Part of the service defaults; the Web app, which has no API surface of its own, composes the pieces it needs.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson })
            .AllowAnonymous().ExcludeFromDescription();
        // MassTransit tags its bus check "ready" too, so the broker is part of readiness.
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJson })
            .AllowAnonymous().ExcludeFromDescription();
        if (app.Services.GetService<MessagingMonitor>() is not null)
            app.MapGet("/health/messaging", ReadMessaging).RequireAuthorization(Policies.Admin)
                .WithTags("Operations").WithSummary("Outbox backlog, failed outbox rows (latest 20 with reasons) and messages in this service's error queues.");
    }

    /// <summary>A fresh read for an operator (the gauges and readiness details use the last periodic one).</summary>
    static async Task<Ok<MessagingReport>> ReadMessaging(MessagingMonitor monitor, CancellationToken ct) => TypedResults.Ok(await monitor.ReadAsync(ct));

    static Task WriteJson(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
