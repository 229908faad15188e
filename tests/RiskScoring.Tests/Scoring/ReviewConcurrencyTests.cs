using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Scoring;

/// <summary>Reviews carry the version they were made on: two analysts at once get one success, never last-write-wins.</summary>
public abstract class ReviewConcurrencyTests(RiskFactory factory)
{
    async Task<Guid> ScoredAsync()
    {
        var s = Snapshots.Supplier(name: $"Redstone Cell {Guid.NewGuid():N} Co.", region: "CN-JS");
        await factory.PublishAsync(Snapshots.Registered(s));
        await factory.Eventually(db => db.Scores.AnyAsync(x => x.SupplierId == s.SupplierId), "scored", TimeSpan.FromSeconds(30));
        return s.SupplierId;
    }

    [Fact]
    public async Task Review_WithoutIfMatch_Returns428_AndWithAStaleOne412()
    {
        var id = await ScoredAsync();
        var url = $"/api/suppliers/{id}/risk/review";
        var etag = await Versioned.RiskETagAsync(factory, id);

        var none = await Versioned.PostAsync(factory.ClientAs("risk-analyst", "analyst-a"), url, new { action = "approve" }, null);
        Assert.Equal(HttpStatusCode.PreconditionRequired, none.StatusCode);
        var first = await Versioned.PostAsync(factory.ClientAs("risk-analyst", "analyst-a"), url, new { action = "approve" }, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag?.Tag);
        var stale = await Versioned.PostAsync(factory.ClientAs("risk-analyst", "analyst-b"), url,
            new { action = "override", band = "High", justification = "Parent group named in a 2026 forced-labour report." }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("currentETag", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Approved", (await factory.WithDb(db => db.Scores.SingleAsync(s => s.SupplierId == id))).ReviewState.ToString());
    }

    [Fact]
    public async Task TwoReviewsAtOnce_WithTheSameVersion_ExactlyOneSucceeds()
    {
        var id = await ScoredAsync();
        var etag = await Versioned.RiskETagAsync(factory, id);
        var bands = new[] { "Medium", "High", "Critical", "Medium" };
        var responses = await Task.WhenAll(bands.Select((band, i) => Versioned.PostAsync(factory.ClientAs("risk-analyst", $"analyst-{i}"), $"/api/suppliers/{id}/risk/review",
            new { action = "override", band, justification = "Raised after a media report on the parent group's plants." }, etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        Assert.Equal(1, await factory.WithDb(db => db.AuditEntries.CountAsync(e => e.Subject == $"supplier/{id}" && e.Action == "risk.overridden")));
    }

    [Fact]
    public async Task ReviewVersion_IsCheckedByTheDatabase()
    {
        var id = await ScoredAsync();
        await using var scopeA = factory.Services.CreateAsyncScope();
        await using var scopeB = factory.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<Data.RiskDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<Data.RiskDbContext>();
        var a = await dbA.Scores.SingleAsync(s => s.SupplierId == id);
        var b = await dbB.Scores.SingleAsync(s => s.SupplierId == id);
        a.ReviewVersion++;
        a.OverrideBand = "High";
        await dbA.SaveChangesAsync();
        b.ReviewVersion++;
        b.OverrideBand = "Medium";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
    }
}

public sealed class SqliteReviewConcurrencyTests(SqliteRisk factory) : ReviewConcurrencyTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresReviewConcurrencyTests(PostgresRisk factory) : ReviewConcurrencyTests(factory), IClassFixture<PostgresRisk>;
