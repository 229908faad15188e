using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Scoring;

/// <summary>Analysts approve or override bands; lowering a Critical band takes two of them; every decision is audited.</summary>
public abstract class ReviewTests(RiskFactory factory)
{
    async Task<Guid> ScoredAsync(string region)
    {
        var s = Snapshots.Supplier(name: $"Redstone Polysilicon {Guid.NewGuid():N} Co.", region: region);
        await factory.PublishAsync(Snapshots.Registered(s));
        await factory.Eventually(db => db.Scores.AnyAsync(x => x.SupplierId == s.SupplierId), "scored", TimeSpan.FromSeconds(30));
        return s.SupplierId;
    }

    async Task<HttpResponseMessage> ReviewAsync(Guid id, string analyst, object body)
    {
        var etag = await factory.WithDb(db => db.Scores.Where(s => s.SupplierId == id).Select(s => (int?)s.ReviewVersion).SingleOrDefaultAsync());
        return await Versioned.PostAsync(factory.ClientAs("risk-analyst", analyst), $"/api/suppliers/{id}/risk/review", body, $"\"{etag ?? 0}\"");
    }

    Task<string?> BandAsync(Guid id) => factory.WithDb(db => db.Scores.Where(s => s.SupplierId == id).Select(s => s.Band).SingleAsync())!;

    [Fact]
    public async Task LoweringCritical_NeedsASecondAnalyst()
    {
        var id = await ScoredAsync("CN-XJ");
        Assert.Equal("Critical", await BandAsync(id));
        var request = new { action = "override", band = "Medium", justification = "Facility in Xinjiang closed in 2025; site audit report on file." };

        var first = await ReviewAsync(id, "analyst-a", request);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("Critical", await BandAsync(id));
        Assert.Equal("AwaitingSecondAnalyst", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewState").GetString());

        var again = await ReviewAsync(id, "analyst-a", request);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var otherBand = await ReviewAsync(id, "analyst-b", new { action = "override", band = "Low", justification = request.justification });
        Assert.Equal(HttpStatusCode.Conflict, otherBand.StatusCode);

        var second = await ReviewAsync(id, "analyst-b", request);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Medium", await BandAsync(id));
        var confirmed = await factory.WithDb(db => db.AuditEntries.SingleAsync(e => e.Subject == $"supplier/{id}" && e.Action == "risk.override-confirmed"));
        Assert.Equal("analyst-b", confirmed.Actor);
        Assert.Contains("analyst-a", confirmed.Data);
        Assert.True(await factory.WithDb(db => db.OutboxMessages.AnyAsync(m => m.MessageType.Contains("RiskScoreChanged") && m.Body.Contains(id.ToString()) && m.Body.Contains("\"band\":\"Medium\""))));
        var verify = await factory.ClientAs("risk-analyst").GetFromJsonAsync<AuditVerification>("/api/audit/verify");
        Assert.True(verify!.Intact, verify.Problem);
    }

    [Fact]
    public async Task RaisingABand_OneAnalystIsEnough_AndApproveClearsTheOverride()
    {
        var id = await ScoredAsync("CN-JS");
        Assert.Equal("Low", await BandAsync(id));
        var raised = await ReviewAsync(id, "analyst-a", new { action = "override", band = "High", justification = "Media reports of forced labour transfers at its parent group." });
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        Assert.Equal("High", await BandAsync(id));

        var approved = await ReviewAsync(id, "analyst-b", new { action = "approve" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Low", await BandAsync(id));
        Assert.Equal("Approved", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewState").GetString());
    }

    [Fact]
    public async Task Review_BadInput_Returns4xxNamingTheField()
    {
        var id = await ScoredAsync("CN-JS");
        var noAction = await ReviewAsync(id, "a", new { action = "bless" });
        var noBand = await ReviewAsync(id, "a", new { action = "override", justification = "Long enough justification for the log." });
        var shortWhy = await ReviewAsync(id, "a", new { action = "override", band = "High", justification = "because" });
        Assert.Contains("action", await noAction.Content.ReadAsStringAsync());
        Assert.Contains("band", await noBand.Content.ReadAsStringAsync());
        Assert.Contains("justification", await shortWhy.Content.ReadAsStringAsync());
        Assert.All(new[] { noAction, noBand, shortWhy }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewAsync(Guid.NewGuid(), "a", new { action = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs("procurement").PostAsJsonAsync($"/api/suppliers/{id}/risk/review", new { action = "approve" })).StatusCode);
    }
}

public sealed class SqliteReviewTests(SqliteRisk factory) : ReviewTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresReviewTests(PostgresRisk factory) : ReviewTests(factory), IClassFixture<PostgresRisk>;
