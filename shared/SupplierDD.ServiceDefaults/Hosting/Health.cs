using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupplierDD.ServiceDefaults.Hosting;

/// <summary><c>/health/live</c> says the process runs; <c>/health/ready</c> checks the database and the broker.</summary>
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
    }

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
