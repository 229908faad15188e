using System.Text.Json.Nodes;
using MassTransit;
using SupplierDD.RiskScoring.Projection;

namespace SupplierDD.RiskScoring.Tests.Messaging;

/// <summary>
/// infra/rabbitmq/definitions.json must declare every queue risk scoring consumes from, bound to the exchange of its
/// event, so the registry's events are kept even before risk scoring has ever started (its bus declares the same at start).
/// </summary>
public sealed class BrokerDefinitionsTests
{
    [Fact]
    public void EveryConsumerQueue_IsDeclared_AndBoundToItsEventExchange()
    {
        var definitions = JsonNode.Parse(File.ReadAllText(DefinitionsPath()))!.AsObject();
        var queues = definitions["queues"]!.AsArray().Select(q => (string)q!["name"]!).ToHashSet();
        var bindings = definitions["bindings"]!.AsArray().Select(b => ((string)b!["source"]!, (string)b["destination"]!)).ToHashSet();
        var formatter = new KebabCaseEndpointNameFormatter("risk-scoring", false); // the prefix Extensions.AddRiskScoring gives AddServiceMessaging

        var consumers = typeof(SupplierRegisteredConsumer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)))
            .ToList();
        Assert.NotEmpty(consumers);
        foreach (var consumer in consumers)
        {
            var queue = (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!.MakeGenericMethod(consumer).Invoke(formatter, null)!;
            Assert.Contains(queue, queues);
            Assert.Contains(queue + "_error", queues);
            Assert.Contains((queue, queue), bindings);
            foreach (var message in consumer.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)).Select(i => i.GetGenericArguments()[0]))
            {
                var type = message.IsGenericType && message.GetGenericTypeDefinition() == typeof(Batch<>) ? message.GetGenericArguments()[0] : message;
                Assert.Contains(($"{type.Namespace}:{type.Name}", queue), bindings);
            }
        }
    }

    static string DefinitionsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "infra", "rabbitmq", "definitions.json");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("infra/rabbitmq/definitions.json not found above " + AppContext.BaseDirectory);
    }
}
