using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.Screening;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Screening;

/// <summary>
/// A confirmed entity-list hit holds the supplier on Critical: one analyst cannot undo it, and two analysts deciding at
/// once get one success.
/// </summary>
public abstract class HitReversalTests(RiskFactory factory)
{
    const string Note = "Different legal entity: registration number checked against the listed company.";

    async Task<ScreeningHit> OpenHitAsync()
    {
        var s = Snapshots.Supplier(name: "Hoshine Silicon Industry (Shanshan) Co., Ltd.", region: "CN-XJ");
        await factory.PublishAsync(Snapshots.Registered(s));
        await factory.Eventually(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == s.SupplierId && h.State == HitState.Open), "an open hit", TimeSpan.FromSeconds(30));
        return await factory.WithDb(db => db.ScreeningHits.AsNoTracking().SingleAsync(h => h.SupplierId == s.SupplierId));
    }

    async Task<HttpResponseMessage> DecideAsync(ScreeningHit hit, string analyst, string decision, string? note = Note) =>
        await Versioned.PostAsync(factory.ClientAs("risk-analyst", analyst), $"/api/screening/hits/{hit.Id}/decision", new { decision, note },
            await Versioned.HitETagAsync(factory, hit.SupplierId, hit.Id));

    Task<ScreeningHit> ReloadAsync(ScreeningHit hit) => factory.WithDb(db => db.ScreeningHits.AsNoTracking().SingleAsync(h => h.Id == hit.Id));

    Task<List<string>> ActionsAsync(ScreeningHit hit) => factory.WithDb(db => db.AuditEntries.AsNoTracking()
        .Where(e => e.Subject == $"supplier/{hit.SupplierId}" && e.Action.StartsWith("screening.")).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task DismissingAConfirmedHit_TakesASecondAnalyst_AndEveryStepIsAudited()
    {
        var hit = await OpenHitAsync();
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(hit, "analyst-a", "confirm", null)).StatusCode);

        var request = await DecideAsync(hit, "analyst-a", "dismiss");
        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        var view = await request.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Confirmed", view.GetProperty("state").GetString());
        Assert.Equal("analyst-a", view.GetProperty("pendingReversal").GetProperty("by").GetString());

        var again = await DecideAsync(hit, "analyst-a", "dismiss");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("second analyst", await again.Content.ReadAsStringAsync());
        Assert.Equal(HitState.Confirmed, (await ReloadAsync(hit)).State);

        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(hit, "analyst-b", "dismiss")).StatusCode);
        var dismissed = await ReloadAsync(hit);
        Assert.Equal((HitState.Dismissed, "analyst-b", (string?)null), (dismissed.State, dismissed.DecidedBy, dismissed.PendingReversalBy));

        Assert.Equal(["screening.confirmed", "screening.reversal-requested", "screening.reversal-confirmed"], await ActionsAsync(hit));
        var confirmed = await factory.WithDb(db => db.AuditEntries.SingleAsync(e => e.Subject == $"supplier/{hit.SupplierId}" && e.Action == "screening.reversal-confirmed"));
        Assert.Equal("analyst-b", confirmed.Actor);
        Assert.Contains("analyst-a", confirmed.Data);
        var verify = await factory.ClientAs("risk-analyst").GetFromJsonAsync<AuditVerification>("/api/audit/verify");
        Assert.True(verify!.Intact, verify.Problem);
    }

    [Fact]
    public async Task ConfirmingAgain_WithdrawsAPendingReversal()
    {
        var hit = await OpenHitAsync();
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(hit, "analyst-a", "confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await DecideAsync(hit, "analyst-b", "dismiss")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(hit, "analyst-c", "confirm", null)).StatusCode);

        var kept = await ReloadAsync(hit);
        Assert.Equal((HitState.Confirmed, "analyst-a", (string?)null), (kept.State, kept.DecidedBy, kept.PendingReversalBy));
        // The old request is gone: analyst-b's next dismissal is a new first request, not a confirmation.
        Assert.Equal(HttpStatusCode.Accepted, (await DecideAsync(hit, "analyst-c", "dismiss")).StatusCode);
        Assert.Equal(HitState.Confirmed, (await ReloadAsync(hit)).State);
        Assert.Contains("screening.reversal-rejected", await ActionsAsync(hit));
    }

    [Fact]
    public async Task Decision_WithoutIfMatch_Returns428_AndWithAStaleOne412()
    {
        var hit = await OpenHitAsync();
        var url = $"/api/screening/hits/{hit.Id}/decision";
        var etag = await Versioned.HitETagAsync(factory, hit.SupplierId, hit.Id);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Versioned.PostAsync(factory.ClientAs("risk-analyst"), url, new { decision = "confirm" }, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Versioned.PostAsync(factory.ClientAs("risk-analyst", "analyst-a"), url, new { decision = "confirm" }, etag)).StatusCode);
        var stale = await Versioned.PostAsync(factory.ClientAs("risk-analyst", "analyst-b"), url, new { decision = "dismiss", note = Note }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HitState.Confirmed, (await ReloadAsync(hit)).State);
    }

    [Fact]
    public async Task TwoDecisionsAtOnce_WithTheSameVersion_ExactlyOneSucceeds()
    {
        var hit = await OpenHitAsync();
        var etag = await Versioned.HitETagAsync(factory, hit.SupplierId, hit.Id);
        var decisions = new[] { "confirm", "dismiss", "confirm", "dismiss" };
        var responses = await Task.WhenAll(decisions.Select((d, i) => Versioned.PostAsync(factory.ClientAs("risk-analyst", $"analyst-{i}"),
            $"/api/screening/hits/{hit.Id}/decision", new { decision = d, note = Note }, etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        Assert.Single(await ActionsAsync(hit));
    }

    [Fact]
    public async Task HitVersion_IsCheckedByTheDatabase()
    {
        var hit = await OpenHitAsync();
        await using var scopeA = factory.Services.CreateAsyncScope();
        await using var scopeB = factory.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<Data.RiskDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<Data.RiskDbContext>();
        var a = await dbA.ScreeningHits.SingleAsync(h => h.Id == hit.Id);
        var b = await dbB.ScreeningHits.SingleAsync(h => h.Id == hit.Id);
        (a.State, a.Version) = (HitState.Confirmed, a.Version + 1);
        await dbA.SaveChangesAsync();
        (b.State, b.Version) = (HitState.Dismissed, b.Version + 1);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
    }
}

public sealed class SqliteHitReversalTests(SqliteRisk factory) : HitReversalTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresHitReversalTests(PostgresRisk factory) : HitReversalTests(factory), IClassFixture<PostgresRisk>;
