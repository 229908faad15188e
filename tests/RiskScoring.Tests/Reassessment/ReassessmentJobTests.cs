using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Reassessment;

/// <summary>The recurring job on a fake clock: due by band, once per supplier and due date, however often it runs.</summary>
public sealed class ReassessmentJobTests(FakeClockRisk factory) : IClassFixture<FakeClockRisk>
{
    async Task<Guid> SeedAsync(string roles, string? band, DateTimeOffset firstSeen, string? name = null)
    {
        // Seeded straight into the projection, after the start-up screening: only the job asks for a screening.
        await factory.Eventually(db => db.EntityListVersions.AnyAsync(v => v.ScreenedAt != null), "start-up screening done", TimeSpan.FromSeconds(30));
        var id = Guid.NewGuid();
        await factory.WithDb(async db =>
        {
            db.Suppliers.Add(new ProjectedSupplier
            {
                Id = id, Version = 1, Name = name ?? $"Supplier {id:N}", CountryCode = "CN", RolesText = "|" + roles + "|", FirstSeenAt = firstSeen, UpdatedAt = firstSeen,
            });
            if (band is not null)
                db.Scores.Add(new RiskScore { SupplierId = id, Band = band, ModelBand = band, ModelVersion = "test", ComputedAt = firstSeen, ChangedAt = firstSeen });
            await db.SaveChangesAsync();
        });
        return id;
    }

    Task<int> NoticesAsync(Guid id) => factory.WithDb(db => db.ReassessmentNotices.CountAsync(n => n.SupplierId == id));

    Task<int> PublishedAsync(Guid id) => factory.WithDb(db =>
        db.OutboxMessages.CountAsync(m => m.MessageType.Contains("ReassessmentDue") && m.Body.Contains(id.ToString())));

    ReassessmentJob Job => factory.Services.GetRequiredService<ReassessmentJob>();

    [Fact]
    public async Task Run_Twice_PublishesOncePerSupplierAndDueDate()
    {
        var start = factory.Time.GetUtcNow();
        var high = await SeedAsync("Polysilicon", "High", start, "Xinjiang Daqo New Energy Co., Ltd.");
        var low = await SeedAsync("Wafer", "Low", start);
        var module = await SeedAsync("Module", "Critical", start);

        factory.Time.Advance(TimeSpan.FromDays(91));
        await Job.RunAsync(default);
        await Job.RunAsync(default);

        Assert.Equal((1, 1), (await NoticesAsync(high), await PublishedAsync(high)));
        Assert.Equal((0, 0), (await NoticesAsync(low), await PublishedAsync(low)));
        Assert.Equal(0, await NoticesAsync(module));
        // Due suppliers are screened again: this one's name is on the bundled UFLPA list.
        await factory.Eventually(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == high), "re-screened by the job", TimeSpan.FromSeconds(30));
        Assert.False(await factory.WithDb(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == low)));
    }

    [Fact]
    public async Task Run_OnTwoServersAtOnce_PublishesOnce()
    {
        var critical = await SeedAsync("Polysilicon|Ingot", "Critical", factory.Time.GetUtcNow());
        factory.Time.Advance(TimeSpan.FromDays(31));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Job.RunAsync(default))));

        Assert.Equal((1, 1), (await NoticesAsync(critical), await PublishedAsync(critical)));
    }

    [Fact]
    public async Task NextDueDate_CountsFromTheLastDueDate()
    {
        var critical = await SeedAsync("Wafer", "Critical", factory.Time.GetUtcNow());
        factory.Time.Advance(TimeSpan.FromDays(30));
        await Job.RunAsync(default);
        factory.Time.Advance(TimeSpan.FromDays(29));
        await Job.RunAsync(default);
        Assert.Equal(1, await NoticesAsync(critical));
        factory.Time.Advance(TimeSpan.FromDays(2));
        await Job.RunAsync(default);
        Assert.Equal(2, await NoticesAsync(critical));
        var dates = await factory.WithDb(db => db.ReassessmentNotices.Where(n => n.SupplierId == critical).OrderBy(n => n.DueOn).Select(n => n.DueOn).ToListAsync());
        Assert.Equal(30, dates[1].DayNumber - dates[0].DayNumber);
    }

    [Fact]
    public async Task Schedule_ShowsWhoIsDueWhenAndWhy()
    {
        var id = await SeedAsync("Polysilicon", "Medium", factory.Time.GetUtcNow());
        var response = await factory.ClientAs("risk-analyst").GetFromJsonAsync<JsonElement>("/api/reassessments?role=polysilicon&pageSize=500");
        var item = response.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("supplierId").GetGuid() == id);

        Assert.Equal("Medium", item.GetProperty("band").GetString());
        Assert.Equal(180, item.GetProperty("intervalDays").GetInt32());
        Assert.False(item.GetProperty("due").GetBoolean());
        Assert.Contains("every 180 days; first seen", item.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Schedule_BadFilter_Returns400NamingIt()
    {
        var client = factory.ClientAs("risk-analyst");
        var badDate = await client.GetAsync("/api/reassessments?dueBefore=31/12/2026");
        var badBand = await client.GetAsync("/api/reassessments?band=Severe");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("dueBefore", await badDate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badBand.StatusCode);
        Assert.Contains("band", await badBand.Content.ReadAsStringAsync());
    }
}
