using System.Net;
using System.Text.Json;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

public sealed class GraphTests(WebFactory factory) : IClassFixture<WebFactory>
{
    /// <summary>
    /// A module maker with five tiers upstream (cell → wafer → ingot → polysilicon → quartz), widening towards the
    /// raw material as real chains do, and two customers downstream: 500 suppliers in all. Every tenth polysilicon
    /// plant has a facility in Xinjiang.
    /// </summary>
    async Task<(Guid Root, int Edges, int HighRisk)> SeedChainOf500Async(string token)
    {
        var root = factory.Registry.Add($"{token} Module Maker", roles: ["Module"]).Supplier.Id;
        var edges = 0;
        var highRisk = 0;
        var previous = new List<Guid> { root };
        foreach (var (role, count) in new[] { ("Cell", 12), ("Wafer", 40), ("Ingot", 75), ("Polysilicon", 120), ("Quartz", 250) })
        {
            var tier = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var id = factory.Registry.Add($"{token} {role} {i:000}", roles: [role]).Supplier.Id;
                if (role == "Polysilicon" && i % 10 == 0)
                {
                    await factory.Registry.AddFacility(id, new FacilityRequest("Shihezi", null, "CN", "CN-XJ", null, null, ["Polysilicon"]));
                    highRisk++;
                }
                // Each supplier sells to one buyer of the tier below; the first of each tier also to a second one.
                factory.Registry.Link(id, previous[i % previous.Count], role);
                edges++;
                if (i == 0 && previous.Count > 1) { factory.Registry.Link(id, previous[1], role); edges++; }
                tier.Add(id);
            }
            previous = tier;
        }
        foreach (var customer in new[] { "Installer A", "Installer B" })
        {
            factory.Registry.Link(root, factory.Registry.Add($"{token} {customer}", country: "DE", region: "DE-BY", roles: ["Other"]).Supplier.Id, "Module");
            edges++;
        }
        return (root, edges, highRisk);
    }

    [Fact]
    public async Task GraphData_ChainOf500Suppliers_ReturnsEveryNodeWithTiersEdgesAndRisk()
    {
        var (root, edgeCount, highRiskCount) = await SeedChainOf500Async(Token());
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var response = await GetJsonAsync(browser, $"/suppliers/{root}/graph?handler=Data&depth=6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var graph = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(500, nodes.Count);
        Assert.Equal(edgeCount, graph.GetProperty("edges").GetArrayLength());
        Assert.Equal(root, graph.GetProperty("rootId").GetGuid());
        Assert.Equal(6, graph.GetProperty("depth").GetInt32());
        Assert.Equal(0, nodes.Single(n => n.GetProperty("id").GetGuid() == root).GetProperty("tier").GetInt32());
        Assert.Equal(250, nodes.Count(n => n.GetProperty("tier").GetInt32() == -5));
        Assert.Equal(2, nodes.Count(n => n.GetProperty("tier").GetInt32() == 1));
        Assert.Equal(highRiskCount, nodes.Count(n => n.GetProperty("highRisk").GetBoolean()));
        Assert.All(nodes.Where(n => n.GetProperty("highRisk").GetBoolean()), n =>
            Assert.Equal(["CN-XJ"], n.GetProperty("highRiskRegions").EnumerateArray().Select(r => r.GetString()!).ToArray()));
        Assert.Equal(["CN-XJ"], graph.GetProperty("highRiskRegions").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.False(graph.GetProperty("upstreamTruncated").GetBoolean());
        var tiers = nodes.Select(n => n.GetProperty("tier").GetInt32()).ToList();
        Assert.Equal(tiers.Order().ToList(), tiers);

        var page = await browser.GetAsync($"/suppliers/{root}/graph");
        Assert.Equal(500, page.FindAll("[data-testid=graph-row]").Count);
        Assert.Equal(highRiskCount, page.FindAll("[data-testid=graph-row][data-high-risk=true]").Count);
        Assert.Equal(7, page.FindAll("[data-testid=graph-table] tbody[data-tier]").Count);
    }

    [Fact]
    public async Task GraphPage_ShowsDataUrlLegendAndTableByTierWithHighRiskHighlighted()
    {
        var token = Token();
        var module = factory.Registry.Add($"{token} Module", roles: ["Module"]).Supplier;
        var poly = factory.Registry.Add($"{token} Poly", region: "CN-XJ", roles: ["Polysilicon"]).Supplier;
        factory.Registry.Link(poly.Id, module.Id, "Polysilicon");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync($"/suppliers/{module.Id}/graph?depth=3");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"/suppliers/{module.Id}/graph?handler=Data&depth=3", page.Find("[data-testid=graph-canvas]")?.GetAttribute("data-url"));
        Assert.Equal("3", page.Find("[data-testid=graph-depth] option[selected]")?.GetAttribute("value"));
        Assert.Contains("CN-XJ", page.Find("[data-testid=graph-legend]")?.TextContent);
        var risky = page.Find($"[data-testid=graph-row][data-node-id='{poly.Id}']");
        Assert.Equal("true", risky?.GetAttribute("data-high-risk"));
        Assert.Contains("Upstream tier 1", risky?.ParentElement?.TextContent);
        Assert.Null(page.Find("[data-testid=graph-truncated]"));
        Assert.Null(page.Find("script:not([src])"));
    }

    [Fact]
    public async Task GraphPage_RegistryCutTheTraceShort_WarnsItIsTruncated()
    {
        var token = Token();
        var module = factory.Registry.Add($"{token} Module").Supplier;
        factory.Registry.Link(factory.Registry.Add($"{token} Cell").Supplier.Id, module.Id, "Cell");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        factory.Registry.TruncateTraces = true;
        try
        {
            var page = await browser.GetAsync($"/suppliers/{module.Id}/graph");
            Assert.Contains("Truncated.", page.Find("[data-testid=graph-truncated]")?.TextContent);
        }
        finally
        {
            factory.Registry.TruncateTraces = false;
        }
    }

    [Fact]
    public async Task GraphPage_SupplierWithoutLinks_ShowsEmptyStateLinkingToAddOne()
    {
        var lonely = factory.Registry.Add($"{Token()} Lonely").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/suppliers/{lonely.Id}/graph");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find($"[data-testid=graph-empty] a[href='/suppliers/{lonely.Id}#link']"));
        Assert.Null(page.Find("[data-testid=graph-canvas]"));
    }

    [Theory]
    [InlineData("", 6)]
    [InlineData("&depth=2", 2)]
    [InlineData("&depth=99", 10)]
    [InlineData("&depth=0", 1)]
    public async Task GraphData_Depth_DefaultsToSixAndStaysWithinOneToTen(string query, int expected)
    {
        var supplier = factory.Registry.Add($"{Token()} Depth").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var response = await GetJsonAsync(browser, $"/suppliers/{supplier.Id}/graph?handler=Data{query}");

        var graph = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(expected, graph.GetProperty("depth").GetInt32());
    }

    [Fact]
    public async Task Graph_UnknownSupplier_IsNotFound()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await GetJsonAsync(browser, $"/suppliers/{Guid.NewGuid()}/graph?handler=Data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/suppliers/{Guid.NewGuid()}/graph")).Status);
    }
}
