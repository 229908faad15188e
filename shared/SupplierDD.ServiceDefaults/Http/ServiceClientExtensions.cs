using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace SupplierDD.ServiceDefaults.Http;

/// <summary>Base address of another service, bound from <c>Services:{Name}</c>.</summary>
public sealed class ServiceEndpointOptions
{
    /// <summary>e.g. <c>http://127.0.0.1:5101</c>.</summary>
    [Required, System.ComponentModel.DataAnnotations.Url] public string BaseUrl { get; set; } = "";
}

/// <summary>Typed Refit clients for calls between services and from the Web front.</summary>
public static class ServiceClientExtensions
{
    /// <summary>Same JSON rules as the services: camelCase, enums as strings.</summary>
    public static readonly RefitSettings Settings = new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    }));

    /// <summary>
    /// Registers <typeparamref name="TClient"/> with its base address from <c>Services:{serviceName}:BaseUrl</c>
    /// and the standard resilience handler (retry of GET/HEAD/OPTIONS, circuit breaker, timeouts). Refit generates the client at
    /// compile time, so the project that declares <typeparamref name="TClient"/> must reference the Refit package itself.
    /// </summary>
    public static IHttpClientBuilder AddServiceClient<TClient>(this IServiceCollection services, string serviceName) where TClient : class
    {
        services.AddOptions<ServiceEndpointOptions>(serviceName).BindConfiguration($"Services:{serviceName}").ValidateDataAnnotations().ValidateOnStart();
        var client = services.AddRefitGeneratedClient<TClient>(Settings)
            .ConfigureHttpClient((sp, http) => http.BaseAddress = new Uri(sp.GetRequiredService<IOptionsMonitor<ServiceEndpointOptions>>().Get(serviceName).BaseUrl));
        // A POST retried after a timeout could create a second supplier or import: only safe methods are retried.
        client.AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
        return client;
    }
}
