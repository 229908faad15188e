using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupplierDD.ServiceDefaults.Auth;

namespace SupplierDD.ServiceDefaults.Hosting;

/// <summary>What every SupplierDD service gets: errors as ProblemDetails, health, OpenAPI, telemetry, JSON and auth.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Registers the cross-cutting defaults. Call first in Program.cs.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.AddErrorHandling();
        builder.AddJsonDefaults();
        builder.AddHealth();
        builder.AddOpenApiDocument();
        builder.AddTelemetry();
        builder.AddServiceAuth();
        return builder;
    }

    /// <summary>Maps the middleware and endpoints every service exposes: errors, auth, health, OpenAPI.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseErrorHandling();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapOpenApiDocument();
        return app;
    }

    static void AddJsonDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
    }
}
