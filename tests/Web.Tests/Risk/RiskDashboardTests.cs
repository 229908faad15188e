using System.Net;
using System.Text.Json;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.Risk;

public sealed class RiskDashboardTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Dashboard_ShowsBandCountsWorkloadChartsAndThisWeeksChanges()
    {
        var poly = factory.Risk.Add("Xinjiang Poly", 75, "Critical", ["Polysilicon"], region: "CN-XJ");
        factory.Risk.Add("Jiangsu Wafer", 50, "High", ["Wafer"], reviewState: "Approved");
        factory.Risk.Add("Hanoi Cell", 10, "Low", ["Cell"], country: "VN", region: null, facilityRegions: ["CN-XJ"]);
        factory.Risk.Add("Second Poly", 80, "Critical", ["Polysilicon"], reviewState: "AwaitingSecondAnalyst");
        factory.Risk.AddHit(poly.Supplier.Id, "Xinjiang Poly", "Xinjiang Daqo New Energy Co., Ltd.");
        factory.Risk.Changes.Add(new RiskChange(poly.Supplier.Id, "Xinjiang Poly", DateTimeOffset.UtcNow.AddDays(-1), 50, 75, "High", "Critical"));
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync("/risk");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("2", page.Find("[data-testid=count-band-critical] .stat-value")?.TextContent.Trim());
        Assert.Equal("/risk/suppliers?band=Critical&reviewState=Any", page.Find("[data-testid=count-band-critical]")?.GetAttribute("href"));
        Assert.Equal("2", page.Find("[data-testid=count-awaiting-review] .stat-value")?.TextContent.Trim());
        Assert.Equal("1", page.Find("[data-testid=count-awaiting-second] .stat-value")?.TextContent.Trim());
        Assert.Equal("1", page.Find("[data-testid=count-open-hits] .stat-value")?.TextContent.Trim());

        var polyRow = page.Find("[data-testid=chart-risk-role-table] tr[data-key=Polysilicon]");
        Assert.Equal("2", polyRow?.QuerySelector("td[data-band=Critical]")?.TextContent.Trim());
        Assert.Equal("/risk/suppliers?role=Polysilicon&reviewState=Any", polyRow?.QuerySelector("a")?.GetAttribute("href"));
        // The region chart counts the seat's region and every facility's: the Hanoi cell maker has a plant in Xinjiang.
        var xinjiang = page.Find("[data-testid=chart-risk-region-table] tr[data-key=CN-XJ]");
        Assert.Contains("Xinjiang", xinjiang?.TextContent);
        Assert.Equal("1", xinjiang?.QuerySelector("td[data-band=Low]")?.TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=chart-risk-country-table] tr[data-key=VN]"));

        var chart = JsonDocument.Parse(page.Find("[data-testid=chart-risk-role] canvas")!.GetAttribute("data-risk-chart")!).RootElement;
        Assert.Equal("stacked", chart.GetProperty("kind").GetString());
        Assert.Equal(["Low", "Medium", "High", "Critical"], chart.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()!).ToArray());
        var polyIndex = chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList().IndexOf("Polysilicon");
        Assert.Equal(2, chart.GetProperty("datasets")[3].GetProperty("values")[polyIndex].GetInt32());

        var change = page.Find("[data-testid=risk-change-row]");
        Assert.Equal(poly.Supplier.Id.ToString(), change?.GetAttribute("data-supplier-id"));
        Assert.Equal($"/risk/suppliers/{poly.Supplier.Id}", change?.QuerySelector("[data-testid=risk-change-link]")?.GetAttribute("href"));
        Assert.Contains("50.0 → 75.0", change?.TextContent);
        // "This week" is asked for explicitly, from the app's clock.
        Assert.True(DateTimeOffset.TryParse(factory.Risk.ChangeQueries.Last(), out var since));
        Assert.InRange(factory.Time.GetUtcNow() - since, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.NotNull(page.Find("nav a[data-testid=nav-risk][aria-current=page]"));
        Assert.Null(page.Find("script:not([src])"));
    }
}

/// <summary>Its own fake: the empty state needs a risk service with no score at all.</summary>
public sealed class EmptyRiskDashboardTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Dashboard_NothingScored_ShowsTheEmptyState()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/risk");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("[data-testid=risk-empty]"));
        Assert.Null(page.Find("canvas"));
    }
}
