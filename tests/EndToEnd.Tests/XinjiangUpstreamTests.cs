extern alias Risk;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierDD.EndToEnd.Tests.Infrastructure;

namespace SupplierDD.EndToEnd.Tests;

/// <summary>
/// The real stack: suppliers and links entered in the registry reach risk scoring over RabbitMQ; a polysilicon supplier
/// that gets a Xinjiang facility moves the band of the module maker four tiers downstream.
/// </summary>
public sealed class XinjiangUpstreamTests(Stack stack) : IClassFixture<Stack>
{
    static readonly string[] Roles = ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Wafer", "Cell", "Module"];

    async Task<Guid[]> RegisterChainAsync(HttpClient registry)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ids = new List<Guid>();
        foreach (var role in Roles)
        {
            var response = await registry.PostAsJsonAsync("/api/suppliers", new { name = $"Stonebridge {role} {tag} Co., Ltd.", countryCode = "CN", regionCode = "CN-JS", roles = new[] { role } });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("supplier").GetProperty("id").GetGuid());
        }
        for (var i = 0; i + 1 < ids.Count; i++)
        {
            var link = await registry.PostAsJsonAsync($"/api/suppliers/{ids[i + 1]}/upstream", new { upstreamSupplierId = ids[i], material = Roles[i] });
            Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        }
        return [.. ids];
    }

    static async Task<JsonElement> WaitForRiskAsync(HttpClient risk, Guid id, Func<JsonElement, bool> condition, string what)
    {
        // Generous: after a broker restart MassTransit reconnects with a back-off.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            var response = await risk.GetAsync($"/api/suppliers/{id}/risk");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (condition(last)) return last;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Timed out waiting for {what}; last answer: {(last.ValueKind == JsonValueKind.Undefined ? "none" : last.GetRawText())}");
    }

    [Fact]
    public async Task PolysiliconGetsAXinjiangFacility_TheModuleMakerChangesBand()
    {
        var registry = stack.Registry.ClientAs("procurement");
        var risk = stack.Risk.ClientAs("risk-analyst");
        var ids = await RegisterChainAsync(registry);
        var (poly, module) = (ids[2], ids[5]);

        await WaitForRiskAsync(risk, module, r => r.GetProperty("band").GetString() == "Low"
            && r.GetProperty("factors").EnumerateArray().Any(), "the module maker scored Low");

        var facility = await registry.PostAsJsonAsync($"/api/suppliers/{poly}/facilities", new { name = "Shihezi polysilicon plant", countryCode = "CN", regionCode = "CN-XJ", processes = new[] { "Polysilicon" } });
        Assert.Equal(HttpStatusCode.Created, facility.StatusCode);

        var polyRisk = await WaitForRiskAsync(risk, poly, r => r.GetProperty("band").GetString() == "Critical", "the polysilicon maker Critical");
        Assert.Contains("CN-XJ", polyRisk.GetRawText());
        var moduleRisk = await WaitForRiskAsync(risk, module, r => r.GetProperty("band").GetString() != "Low", "the module maker's band to move");
        Assert.Equal("High", moduleRisk.GetProperty("band").GetString());
        var upstream = moduleRisk.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "upstream");
        Assert.Contains("Stonebridge Polysilicon", upstream.GetRawText());
    }

    [Fact]
    public async Task AfterABrokerRestart_ChangesStillReachTheScores()
    {
        // The fixture holds the broker lock: no other test process uses the node while it is down.
        await TestEnvironment.RabbitMqCtlAsync("stop_app");
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await TestEnvironment.RabbitMqCtlAsync("start_app");
            await TestEnvironment.RabbitMqCtlAsync("await_startup");
        }
        var registry = stack.Registry.ClientAs("procurement");
        var risk = stack.Risk.ClientAs("risk-analyst");
        var ids = await RegisterChainAsync(registry);
        var facility = await registry.PostAsJsonAsync($"/api/suppliers/{ids[2]}/facilities", new { name = "Hami plant", countryCode = "CN", regionCode = "CN-XJ" });
        Assert.Equal(HttpStatusCode.Created, facility.StatusCode);

        var module = await WaitForRiskAsync(risk, ids[5], r => r.GetProperty("band").GetString() == "High", "the module maker High after the restart");
        Assert.Contains("Stonebridge Polysilicon", module.GetRawText());
    }

    [Fact]
    public async Task NewRiskInstanceOnAnEmptyDatabase_ReadsTheRegistryFirst()
    {
        var registry = stack.Registry.ClientAs("procurement");
        var ids = await RegisterChainAsync(registry);
        await using var fresh = await stack.StartRiskAsync();
        var risk = fresh.ClientAs("risk-analyst");

        // The chain existed before this instance: it knows it from the snapshot pages, links included.
        var module = await WaitForRiskAsync(risk, ids[5], r => r.GetProperty("supplier").GetProperty("roles").EnumerateArray().Any(), "the module maker from the snapshots");
        Assert.Equal("Module", module.GetProperty("supplier").GetProperty("roles")[0].GetString());
        var status = await risk.GetFromJsonAsync<JsonElement>("/api/projection");
        Assert.True(status.GetProperty("links").GetInt32() >= 5);
    }
}
