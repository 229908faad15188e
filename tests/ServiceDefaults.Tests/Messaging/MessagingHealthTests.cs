using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests.Messaging;

/// <summary>Error-queue depth and failed outbox rows on /health/messaging, /health/ready and the OpenTelemetry gauges, on the real broker.</summary>
public sealed class MessagingHealthTests : IAsyncLifetime
{
    TestBroker broker = null!;
    MessagingHost host = null!;
    static readonly string Queue = new KebabCaseEndpointNameFormatter("sdd-health", false).Consumer<PoisonSensitiveBatchConsumer>();

    public async Task InitializeAsync()
    {
        broker = await TestBroker.CreateAsync();
        var settings = broker.Settings();
        settings["Messaging:Monitor:Interval"] = "00:00:00.200";
        host = await MessagingHost.StartAsync("sdd-health", settings,
            bus => bus.AddConsumer<PoisonSensitiveBatchConsumer>(c => c.Options<BatchOptions>(o => o.SetMessageLimit(2).SetTimeLimit(TimeSpan.FromSeconds(3)))),
            web: true);
    }

    [Fact]
    public async Task ErrorQueueDepthAndFailedOutboxRows_AreReported_ToAdminsAndAsGauges()
    {
        var client = host.App.GetTestClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/health/messaging")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.As("procurement").GetAsync("/health/messaging")).StatusCode);
        var admin = host.App.GetTestClient().As("admin");
        var clean = await admin.GetFromJsonAsync<JsonElement>("/health/messaging");
        Assert.Equal(0, clean.GetProperty("outbox").GetProperty("failed").GetInt32());
        Assert.Contains(clean.GetProperty("errorQueues").EnumerateArray(), q => q.GetProperty("queue").GetString() == Queue + "_error" && q.GetProperty("messages").GetInt64() == 0);

        // One message to the error queue, one outbox row given up on.
        var bus = host.App.Services.GetRequiredService<IBus>();
        await bus.Publish(new NoteForBatch("good"));
        await bus.Publish(new NoteForBatch("poison-health"));
        Assert.True(await broker.WaitUntil(async () => await broker.DepthAsync(Queue + "_error") == 1));
        await host.WithDb(async db =>
        {
            var row = OutboxMessage.Create(new NoteForBatch("never"));
            row.FailedAt = DateTimeOffset.UtcNow;
            row.Attempts = 10;
            row.LastError = "Unknown message type 'Gone'.";
            db.OutboxMessages.Add(row);
            return await db.SaveChangesAsync();
        });

        var report = await admin.GetFromJsonAsync<JsonElement>("/health/messaging");
        Assert.Equal(1, report.GetProperty("outbox").GetProperty("failed").GetInt32());
        Assert.Equal("Unknown message type 'Gone'.", report.GetProperty("outbox").GetProperty("failedRows")[0].GetProperty("lastError").GetString());
        Assert.Contains(report.GetProperty("errorQueues").EnumerateArray(), q => q.GetProperty("queue").GetString() == Queue + "_error" && q.GetProperty("messages").GetInt64() == 1);

        // Readiness stays 200 (a human must look; rotating the pod out would not help) but says what is wrong.
        JsonElement ready = default;
        Assert.True(await broker.WaitUntil(async () =>
        {
            var response = await client.GetAsync("/health/ready");
            ready = await response.Content.ReadFromJsonAsync<JsonElement>();
            return response.StatusCode == HttpStatusCode.OK && ready.GetProperty("checks").GetProperty("messaging").GetProperty("status").GetString() == "Degraded";
        }), ready.ToString());
        Assert.Contains("1 failed", ready.GetProperty("checks").GetProperty("messaging").GetProperty("description").GetString());

        var gauges = ReadGauges();
        Assert.Equal(1, gauges["supplierdd.outbox.failed"]);
        Assert.Equal(1, gauges[$"supplierdd.messaging.error_queue.messages/{Queue}_error"]);
    }

    /// <summary>Collects the SupplierDD gauges once, as an OpenTelemetry reader would.</summary>
    Dictionary<string, double> ReadGauges()
    {
        var values = new Dictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "SupplierDD" && instrument.Name.StartsWith("supplierdd.", StringComparison.Ordinal)) l.EnableMeasurementEvents(instrument);
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var key = instrument.Name;
            foreach (var tag in tags) if (tag.Key == "queue") key += "/" + tag.Value;
            values[key] = value;
        }
        listener.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await broker.DisposeAsync();
    }
}
