using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>MassTransit on RabbitMQ (or in memory) with our outbox dispatcher.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Adds the bus. Endpoint names carry <paramref name="servicePrefix"/> so two services never share a queue;
    /// consumers retry with backoff, then land in the endpoint's <c>_error</c> queue.
    /// </summary>
    public static WebApplicationBuilder AddServiceMessaging(this WebApplicationBuilder builder, string servicePrefix, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration("Messaging").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Messaging:Outbox").ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection("Messaging").Get<MessagingOptions>() ?? new MessagingOptions();
        var endpoints = new MessagingEndpoints();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(servicePrefix, includeNamespace: false));
            // MassTransit 8.4+ reports usage to its vendor over the internet; our services call nobody they were not configured to.
            bus.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            consumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, queue, endpoint) =>
            {
                endpoints.Add(queue);
                endpoint.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
            });

            if (settings.Transport == MessagingTransport.InMemory)
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
            else
            {
                var rabbit = settings.RabbitMq;
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                        h.PublisherConfirmation = true;
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = settings.WaitUntilStarted;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddMessagingMonitor(endpoints);
        if ((builder.Configuration.GetSection("Messaging:Outbox").Get<OutboxOptions>() ?? new OutboxOptions()).Enabled)
            builder.Services.AddHostedService<OutboxDispatcher>();
        return builder;
    }

    /// <summary>Outbox backlog, failed rows and error-queue depths: readiness details, gauges and <c>GET /health/messaging</c>.</summary>
    static void AddMessagingMonitor(this WebApplicationBuilder builder, MessagingEndpoints endpoints)
    {
        builder.Services.AddOptions<MessagingMonitorOptions>().BindConfiguration("Messaging:Monitor").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(endpoints);
        builder.Services.AddSingleton<MessagingMonitor>();
        builder.Services.AddHostedService<MessagingMonitorService>();
        builder.Services.AddHealthChecks().AddCheck<MessagingHealthCheck>("messaging", tags: [Health.ReadyTag]);
    }
}
