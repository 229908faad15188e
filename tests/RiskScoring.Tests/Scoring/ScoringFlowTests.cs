using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Scoring;

/// <summary>Scores follow the registry's events: geography, upstream propagation, and RiskScoreChanged only on a change.</summary>
public abstract class ScoringFlowTests(RiskFactory factory)
{
    /// <summary>Quartz → MG-Si → polysilicon → wafer → cell → module, fictional names that match no list.</summary>
    async Task<(SupplierSnapshot Poly, SupplierSnapshot Module, Guid[] All)> ChainAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        string[] roles = ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Wafer", "Cell", "Module"];
        var suppliers = roles.Select(r => Snapshots.Supplier(name: $"Bluefield {r} {tag} Co., Ltd.", region: "CN-JS", roles: [r])).ToArray();
        foreach (var s in suppliers) await factory.PublishAsync(Snapshots.Registered(s));
        for (var i = 0; i + 1 < suppliers.Length; i++)
            await factory.PublishAsync(Snapshots.LinkAdded(suppliers[i].SupplierId, suppliers[i + 1].SupplierId, roles[i]));
        var ids = suppliers.Select(s => s.SupplierId).ToArray();
        await factory.Eventually(db => db.Scores.CountAsync(s => ids.Contains(s.SupplierId)).ContinueWith(t => t.Result == ids.Length), "chain scored", TimeSpan.FromSeconds(30));
        await factory.Eventually(db => db.Links.CountAsync(l => ids.Contains(l.DownstreamId)).ContinueWith(t => t.Result == ids.Length - 1), "links projected");
        await Settled(ids);
        return (suppliers[2], suppliers[5], ids);
    }

    Task Settled(Guid[] ids) => factory.Eventually(db => db.ScoringRequests.AllAsync(r => !ids.Contains(r.SupplierId)), "scoring settled", TimeSpan.FromSeconds(30));

    Task<JsonElement> RiskAsync(Guid id) => factory.ClientAs("risk-analyst").GetFromJsonAsync<JsonElement>($"/api/suppliers/{id}/risk");

    [Fact]
    public async Task PolysiliconMovesToXinjiang_TheModuleMakerDownstreamChangesBand()
    {
        var (poly, module, ids) = await ChainAsync();
        Assert.Equal("Low", (await RiskAsync(module.SupplierId)).GetProperty("band").GetString());

        await factory.PublishAsync(Snapshots.Updated(poly with { Version = 2, Facilities = [Snapshots.Facility("CN-XJ", "Shihezi plant")] }));
        await factory.Eventually(async db => (await db.Scores.SingleAsync(s => s.SupplierId == module.SupplierId)).Band != "Low", "module band moved", TimeSpan.FromSeconds(30));

        var polyRisk = await RiskAsync(poly.SupplierId);
        Assert.Equal("Critical", polyRisk.GetProperty("band").GetString());
        var moduleRisk = await RiskAsync(module.SupplierId);
        var upstream = moduleRisk.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "upstream");
        Assert.True(upstream.GetProperty("contribution").GetDouble() > 0);
        Assert.Contains(poly.Name, upstream.GetRawText());
        Assert.True(await factory.WithDb(db => db.OutboxMessages.AnyAsync(m => m.MessageType.Contains("RiskScoreChanged") && m.Body.Contains(module.SupplierId.ToString()))));

        // Moving the plant out again brings the chain back to Low.
        await factory.PublishAsync(Snapshots.Updated(poly with { Version = 3, Facilities = [Snapshots.Facility("CN-SC", "Leshan plant")] }));
        await factory.Eventually(async db => (await db.Scores.SingleAsync(s => s.SupplierId == module.SupplierId)).Band == "Low", "module back to Low", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task SameFactsAgain_PublishesNoRiskScoreChanged()
    {
        var (_, module, ids) = await ChainAsync();
        var before = await factory.WithDb(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("RiskScoreChanged") && m.Body.Contains(module.SupplierId.ToString())));

        await factory.PublishAsync(new SupplierStatusChanged { SupplierId = module.SupplierId, Version = 2, From = "Draft", To = "Invited", Reason = "invited", OccurredAt = DateTimeOffset.UtcNow });
        await factory.Eventually(db => db.Suppliers.AnyAsync(s => s.Id == module.SupplierId && s.Status == "Invited"), "status projected");
        await Settled(ids);

        var after = await factory.WithDb(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("RiskScoreChanged") && m.Body.Contains(module.SupplierId.ToString())));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task LinkRemoved_UpstreamRiskGoes()
    {
        var xj = Snapshots.Supplier(name: $"Gobi Sunrise Polysilicon {Guid.NewGuid():N} Co.", region: "CN-XJ");
        var wafer = Snapshots.Supplier(name: $"Lakeview Wafer {Guid.NewGuid():N} Co.", region: "CN-JS", roles: ["Wafer"]);
        await factory.PublishAsync(Snapshots.Registered(xj));
        await factory.PublishAsync(Snapshots.Registered(wafer));
        var link = Snapshots.LinkAdded(xj.SupplierId, wafer.SupplierId);
        await factory.PublishAsync(link);
        await factory.Eventually(async db => (await db.Scores.FirstOrDefaultAsync(s => s.SupplierId == wafer.SupplierId))?.Band is "High" or "Critical" or "Medium", "wafer inherits", TimeSpan.FromSeconds(30));

        await factory.PublishAsync(Snapshots.LinkRemoved(link));
        await factory.Eventually(async db => (await db.Scores.SingleAsync(s => s.SupplierId == wafer.SupplierId)).Band == "Low", "wafer back to Low", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task StatsAndChanges_CountTheChain()
    {
        var (poly, module, _) = await ChainAsync();
        var client = factory.ClientAs("procurement");
        var stats = await client.GetFromJsonAsync<JsonElement>("/api/risk/stats");
        Assert.True(stats.GetProperty("scored").GetInt32() >= 6);
        Assert.Contains(stats.GetProperty("byRole").EnumerateArray(), r => r.GetProperty("key").GetString() == "Polysilicon");
        Assert.Contains(stats.GetProperty("byRegion").EnumerateArray(), r => r.GetProperty("key").GetString() == "CN-JS");

        var changes = await client.GetFromJsonAsync<JsonElement>("/api/risk/changes?pageSize=500");
        var forModule = changes.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("supplierId").GetGuid() == module.SupplierId).ToList();
        Assert.NotEmpty(forModule);
        Assert.Equal(module.Name, forModule[0].GetProperty("name").GetString());
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/risk/changes?since={since}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/risk/changes?since=yesterday")).StatusCode);
    }

    [Fact]
    public async Task List_FiltersAndRejectsBadFilters()
    {
        var (poly, _, _) = await ChainAsync();
        var client = factory.ClientAs("procurement");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/risk?role=Polysilicon&country=cn&pageSize=500");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), r => r.GetProperty("supplierId").GetGuid() == poly.SupplierId);

        foreach (var (query, field) in new[] { ("band=Severe", "band"), ("country=XX", "country"), ("region=CN-ZZ", "region"), ("reviewState=Maybe", "reviewState") })
        {
            var response = await client.GetAsync($"/api/risk?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/suppliers/{Guid.NewGuid()}/risk")).StatusCode);
        // Known but not scored yet: its own problem type, so a caller can tell the two 404s apart.
        var placeholder = Guid.NewGuid();
        await factory.WithDb(async db =>
        {
            db.Suppliers.Add(new SupplierDD.RiskScoring.Projection.ProjectedSupplier { Id = placeholder, Version = 0, Name = "", CountryCode = "CN", FirstSeenAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        var notScored = await client.GetAsync($"/api/suppliers/{placeholder}/risk");
        Assert.Equal(HttpStatusCode.NotFound, notScored.StatusCode);
        Assert.Contains("urn:supplierdd:problem:not-scored-yet", await notScored.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteScoringFlowTests(SqliteRisk factory) : ScoringFlowTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresScoringFlowTests(PostgresRisk factory) : ScoringFlowTests(factory), IClassFixture<PostgresRisk>;
