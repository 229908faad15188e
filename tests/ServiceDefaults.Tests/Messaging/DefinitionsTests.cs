using System.Text.Json.Nodes;
using SupplierDD.Contracts.SupplierRegistry;

namespace SupplierDD.ServiceDefaults.Tests.Messaging;

public sealed class DefinitionsTests
{
    static readonly JsonObject Definitions = JsonNode.Parse(File.ReadAllText(TestBroker.DefinitionsPath))!.AsObject();

    [Fact]
    public void EveryEventContract_HasItsExchange_WithTheUnroutablePolicy()
    {
        var events = typeof(SupplierRegistered).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("SupplierDD.Contracts.", StringComparison.Ordinal) && !t.Name.EndsWith("Snapshot", StringComparison.Ordinal) && t.IsSealed && !t.IsAbstract)
            .Select(t => $"{t.Namespace}:{t.Name}").ToList();
        var exchanges = Definitions["exchanges"]!.AsArray().Select(e => (string)e!["name"]!).ToHashSet();
        Assert.NotEmpty(events);
        Assert.All(events, name => Assert.Contains(name, exchanges));
        var policy = Definitions["policies"]!.AsArray().Single(p => (string)p!["name"]! == "events-unroutable")!;
        Assert.All(events, name => Assert.Matches((string)policy["pattern"]!, name));
    }

    [Fact]
    public void NoUserHasAPasswordInTheRepository_AndThereIsNoGuest()
    {
        var users = Definitions["users"]!.AsArray();
        Assert.All(users, u => Assert.Equal("", (string)u!["password_hash"]!));
        Assert.DoesNotContain(users, u => (string)u!["name"]! == "guest");
    }
}
