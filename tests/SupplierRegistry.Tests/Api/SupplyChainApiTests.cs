using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Api;

public abstract class SupplyChainApiTests(RegistryFactory factory)
{
    readonly HttpClient client = factory.ClientAs("procurement");

    async Task<Guid> NewSupplier(string role, string region = "CN-JS") =>
        (await client.CreateSupplierAsync(ApiHelpers.Supplier(roles: [role], region: region))).Id();

    async Task<HttpResponseMessage> Link(Guid downstream, Guid upstream, string material, decimal? share = null) =>
        await client.PostAsJsonAsync($"/api/suppliers/{downstream}/upstream", new { upstreamSupplierId = upstream, material, sharePercent = share });

    [Fact]
    public async Task Links_SameLinkTwiceChangesNothing_AndCycleIsConflict()
    {
        var poly = await NewSupplier("Polysilicon");
        var wafer = await NewSupplier("Wafer");
        var cell = await NewSupplier("Cell");
        Assert.Equal(HttpStatusCode.Created, (await Link(wafer, poly, "polysilicon", 60)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Link(wafer, poly, "Polysilicon", 60)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Link(cell, wafer, "Wafer")).StatusCode);
        var events = await factory.WithDb(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("SupplyLinkAdded") && m.Body.Contains(poly.ToString())));
        Assert.Equal(1, events);

        var cycle = await Link(poly, cell, "Cell");
        await cycle.AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal([poly, wafer, cell], (await cycle.ReadJson()).GetProperty("cycle").EnumerateArray().Select(e => e.GetGuid()));
        await (await Link(poly, poly, "Quartz")).AssertProblem(HttpStatusCode.Conflict);
        await (await Link(poly, Guid.NewGuid(), "Quartz")).AssertProblem(HttpStatusCode.BadRequest, "upstreamSupplierId");
        await (await Link(wafer, poly, "Polysilicon", 150)).AssertProblem(HttpStatusCode.BadRequest, "sharePercent");
        await (await Link(wafer, poly, "")).AssertProblem(HttpStatusCode.BadRequest, "material");
    }

    [Fact]
    public async Task Delete_RemovesLinkAndPublishesEvent()
    {
        var up = await NewSupplier("Glass");
        var down = await NewSupplier("Module");
        await Link(down, up, "Glass");
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, $"/api/suppliers/{down}/upstream/{up}", null, await client.VersionAsync(down))).StatusCode);
        await (await client.SendAsync(HttpMethod.Delete, $"/api/suppliers/{down}/upstream/{up}", null, await client.VersionAsync(down))).AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(1, await factory.WithDb(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("SupplyLinkRemoved") && m.Body.Contains(up.ToString()))));
    }

    [Fact]
    public async Task Trace_OfDiamondWithShortcut_UsesShortestTierAndKeepsEveryEdge()
    {
        var poly = await NewSupplier("Polysilicon");
        var waferA = await NewSupplier("Wafer");
        var waferB = await NewSupplier("Wafer");
        var module = await NewSupplier("Module");
        await Link(waferA, poly, "Polysilicon");
        await Link(waferB, poly, "Polysilicon");
        await Link(module, waferA, "Wafer");
        await Link(module, waferB, "Wafer");
        await Link(module, poly, "Polysilicon");

        var up = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/{module}/upstream?depth=2");
        var tiers = up.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetGuid(), n => n.GetProperty("tier").GetInt32());
        Assert.Equal(new Dictionary<Guid, int> { [module] = 0, [waferA] = 1, [waferB] = 1, [poly] = 1 }, tiers);
        Assert.Equal(5, up.GetProperty("edges").GetArrayLength());
        var oneTier = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/{module}/upstream?depth=1");
        Assert.Equal(3, oneTier.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Trace_ReturnsTiersEdgesAndFacilityRegions_BothWays()
    {
        var quartz = await NewSupplier("Quartz", "CN-XJ");
        var poly = await NewSupplier("Polysilicon", "CN-NM");
        var wafer = await NewSupplier("Wafer");
        var module = await NewSupplier("Module");
        await client.PostAsJsonAsync($"/api/suppliers/{poly}/facilities", new { name = "Plant", countryCode = "CN", regionCode = "CN-XJ" });
        await Link(poly, quartz, "Quartz");
        await Link(wafer, poly, "Polysilicon");
        await Link(module, wafer, "Wafer");

        var up = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/{module}/upstream?depth=6", ApiHelpers.Json);
        var tiers = up.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetGuid(), n => n.GetProperty("tier").GetInt32());
        Assert.Equal(new Dictionary<Guid, int> { [module] = 0, [wafer] = 1, [poly] = 2, [quartz] = 3 }, tiers);
        Assert.Equal(3, up.GetProperty("edges").GetArrayLength());
        var polyNode = up.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetGuid() == poly);
        Assert.Equal(["CN-XJ"], polyNode.GetProperty("facilityRegions").EnumerateArray().Select(r => r.GetString()));

        var shallow = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/{module}/upstream?depth=1");
        Assert.Equal(2, shallow.GetProperty("nodes").GetArrayLength());

        var down = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/{quartz}/downstream?depth=6");
        Assert.Contains(down.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetGuid() == module && n.GetProperty("tier").GetInt32() == 3);

        await (await client.GetAsync($"/api/suppliers/{module}/upstream?depth=0")).AssertProblem(HttpStatusCode.BadRequest, "depth");
        await (await client.GetAsync($"/api/suppliers/{Guid.NewGuid()}/downstream")).AssertProblem(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteSupplyChainApiTests(SqliteRegistry factory) : SupplyChainApiTests(factory), IClassFixture<SqliteRegistry>;

public sealed class PostgresSupplyChainApiTests(PostgresRegistry factory) : SupplyChainApiTests(factory), IClassFixture<PostgresRegistry>;
