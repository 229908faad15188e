using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Screening;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Screening;

/// <summary>Suppliers arriving from the registry are screened against the bundled UFLPA list; analysts decide the hits.</summary>
public abstract class ScreeningFlowTests(RiskFactory factory)
{
    async Task<Guid> RegisterAsync(string name, string? localName = null, string region = "CN-XJ")
    {
        var s = Snapshots.Supplier(name: name, localName: localName, region: region);
        await factory.PublishAsync(Snapshots.Registered(s));
        return s.SupplierId;
    }

    Task<ScreeningHit> OpenHitAsync(Guid supplierId) => WaitForHitAsync(supplierId, HitState.Open);

    async Task<ScreeningHit> WaitForHitAsync(Guid supplierId, HitState state)
    {
        await factory.Eventually(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == supplierId && h.State == state), $"a {state} hit for {supplierId}", TimeSpan.FromSeconds(30));
        return await factory.WithDb(db => db.ScreeningHits.OrderByDescending(h => h.FoundAt).FirstAsync(h => h.SupplierId == supplierId && h.State == state));
    }

    async Task<HttpResponseMessage> DecideAsync(Guid hitId, string decision, string? note, string role = "risk-analyst")
    {
        var version = await factory.WithDb(db => db.ScreeningHits.Where(h => h.Id == hitId).Select(h => (int?)h.Version).SingleOrDefaultAsync());
        return await Versioned.PostAsync(factory.ClientAs(role), $"/api/screening/hits/{hitId}/decision", new { decision, note }, $"\"{version ?? 0}\"");
    }

    [Fact]
    public async Task ListedSupplier_GetsAnOpenHit_ThatExplainsItself()
    {
        var id = await RegisterAsync("Hoshine Silicon Industry (Shanshan) Co., Ltd.", "合盛硅业（鄯善）有限公司");
        var hit = await OpenHitAsync(id);

        Assert.Equal("US-UFLPA", hit.List);
        Assert.StartsWith("Hoshine Silicon Industry", hit.EntityName);
        Assert.True(await factory.WithDb(db => db.OutboxMessages.AnyAsync(m => m.MessageType.Contains("ScreeningMatchFound") && m.Body.Contains(id.ToString()))));
        var view = await factory.ClientAs("risk-analyst").GetFromJsonAsync<JsonElement>($"/api/suppliers/{id}/screening");
        var first = view.EnumerateArray().First();
        Assert.NotEmpty(first.GetProperty("tokens").EnumerateArray());
        Assert.Equal("US-UFLPA", first.GetProperty("list").GetString());
        Assert.Contains("合盛硅业（鄯善）有限公司", first.GetProperty("supplierNames").EnumerateArray().Select(n => n.GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("listed").GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Queue_ListsOpenHits_AndRejectsAnUnknownState()
    {
        var id = await RegisterAsync("Xinjiang East Hope Nonferrous Metals Co., Ltd.");
        await OpenHitAsync(id);
        var client = factory.ClientAs("risk-analyst");
        var queue = await client.GetFromJsonAsync<JsonElement>("/api/screening/hits?pageSize=500");
        var item = queue.GetProperty("items").EnumerateArray().First(h => h.GetProperty("supplierId").GetGuid() == id);
        Assert.Equal("Open", item.GetProperty("state").GetString());
        Assert.Equal("Xinjiang East Hope Nonferrous Metals Co., Ltd.", item.GetProperty("supplierDisplayName").GetString());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/screening/hits?list=NO-SUCH-LIST")).GetProperty("total").GetInt32());
        var bad = await client.GetAsync("/api/screening/hits?state=Pending");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("state", await bad.Content.ReadAsStringAsync());

        var lists = await client.GetFromJsonAsync<JsonElement>("/api/entity-lists");
        var uflpa = lists.EnumerateArray().Single(l => l.GetProperty("list").GetString() == "US-UFLPA");
        Assert.True(uflpa.GetProperty("entryCount").GetInt32() >= 50);
        Assert.Equal(JsonValueKind.String, uflpa.GetProperty("screenedAt").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/entity-lists/NO-SUCH-LIST")).StatusCode);
    }

    [Fact]
    public async Task UnrelatedSupplier_GetsNoHit()
    {
        var id = await RegisterAsync("Yibin Riverbend Silicon Wafer Co., Ltd.", "宜宾河湾硅片有限公司", "CN-SC");
        await factory.Eventually(db => db.Scores.AnyAsync(s => s.SupplierId == id), "scored", TimeSpan.FromSeconds(30));
        Assert.False(await factory.WithDb(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == id)));
    }

    [Fact]
    public async Task Dismissal_HoldsUntilTheNamesChange()
    {
        var s = Snapshots.Supplier(name: "Xinjiang Daqo New Energy Co., Ltd.", region: "CN-XJ");
        await factory.PublishAsync(Snapshots.Registered(s));
        var hit = await OpenHitAsync(s.SupplierId);

        var noNote = await DecideAsync(hit.Id, "dismiss", null);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note", await noNote.Content.ReadAsStringAsync());
        var dismissed = await DecideAsync(hit.Id, "dismiss", "Different legal entity: registration number checked against the listed company.");
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);

        // A change that leaves the names alone: still dismissed, no new hit.
        await factory.PublishAsync(Snapshots.Updated(s with { Version = 2, Facilities = [Snapshots.Facility("CN-XJ")] }));
        await factory.Eventually(db => db.Suppliers.AnyAsync(x => x.Id == s.SupplierId && x.Version == 2), "version 2");
        await factory.Eventually(db => db.ScoringRequests.AllAsync(r => r.SupplierId != s.SupplierId), "scored again");
        Assert.Equal(1, await factory.WithDb(db => db.ScreeningHits.CountAsync(h => h.SupplierId == s.SupplierId)));

        // A new name: the hit comes back for a fresh decision.
        await factory.PublishAsync(Snapshots.Updated(s with { Version = 3, Aliases = ["Daqo Xinjiang"] }));
        var reopened = await OpenHitAsync(s.SupplierId);
        Assert.NotEqual(hit.Id, reopened.Id);
        Assert.Equal(HitState.Dismissed, (await factory.WithDb(db => db.ScreeningHits.SingleAsync(h => h.Id == hit.Id))).State);
        Assert.True(await factory.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "screening.dismissed" && e.Subject == $"supplier/{s.SupplierId}")));
    }

    [Fact]
    public async Task Decision_BadInput_Returns4xxNamingTheField()
    {
        var bad = await DecideAsync(Guid.NewGuid(), "maybe", "x");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("decision", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(Guid.NewGuid(), "confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(Guid.NewGuid(), "confirm", null, "procurement")).StatusCode);
    }

    [Fact]
    public async Task Check_FindsListedNamesInChineseAndPinyin_AndNothingForOthers()
    {
        var response = await factory.ClientAs("procurement").PostAsJsonAsync("/api/screening/check",
            new { names = new[] { "合盛硅业（鄯善）有限公司", "Xinjiang Daqo New Energy", "Suzhou Canalstone Solar Module Co., Ltd." }, country = "CN" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray().ToList();
        Assert.StartsWith("Hoshine", results[0].GetProperty("matches")[0].GetProperty("entityName").GetString());
        Assert.Contains("Daqo", results[1].GetProperty("matches")[0].GetProperty("entityName").GetString());
        Assert.Empty(results[2].GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public async Task Check_BadInput_Returns400NamingTheField()
    {
        var client = factory.ClientAs("procurement");
        var tooMany = await client.PostAsJsonAsync("/api/screening/check", new { names = Enumerable.Range(0, 101).Select(i => $"Name {i}") });
        var blank = await client.PostAsJsonAsync("/api/screening/check", new { names = new[] { "Alpha", " " } });
        var country = await client.PostAsJsonAsync("/api/screening/check", new { names = new[] { "Alpha" }, country = "XX" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("names", await tooMany.Content.ReadAsStringAsync());
        Assert.Contains("names[1]", await blank.Content.ReadAsStringAsync());
        Assert.Contains("country", await country.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NewListVersion_ScreensEverySupplierAgain()
    {
        var id = await RegisterAsync("Qinghai Saltlake Silicon Trading Co., Ltd.", region: "CN-QH");
        await factory.Eventually(db => db.Scores.AnyAsync(s => s.SupplierId == id), "scored", TimeSpan.FromSeconds(30));
        Assert.False(await factory.WithDb(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == id)));

        var csv = "list,name,aliases,country,section,listed_on,source\nTEST-NEW,Qinghai Saltlake Silicon Trading Company Limited,,CN,,2026-11-01,test\n";
        var form = new MultipartFormDataContent { { new StringContent(csv), "file", "new.csv" } };
        Assert.Equal(HttpStatusCode.Created, (await factory.ClientAs("admin").PostAsync("/api/entity-lists", form)).StatusCode);

        var hit = await OpenHitAsync(id);
        Assert.Equal("TEST-NEW", hit.List);
    }
}

public sealed class SqliteScreeningFlowTests(SqliteRisk factory) : ScreeningFlowTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresScreeningFlowTests(PostgresRisk factory) : ScreeningFlowTests(factory), IClassFixture<PostgresRisk>;
