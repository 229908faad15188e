using System.Net;
using System.Text.Json;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.BackOffice;

public sealed class DashboardTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Dashboard_WithSuppliers_ShowsCountsByStatusRoleAndCountryWithChartData()
    {
        factory.Registry.Add("Approved Poly One", status: "Approved", roles: ["Polysilicon"]);
        factory.Registry.Add("Approved Poly Two", status: "Approved", roles: ["Polysilicon", "Ingot"]);
        factory.Registry.Add("Xinjiang Silicon", region: "CN-XJ", status: "UnderAssessment", roles: ["MetallurgicalSilicon"]);
        factory.Registry.Add("Hanoi Wafer", country: "VN", region: null, roles: ["Wafer"]);
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("4", page.Find("[data-testid=count-total]")?.TextContent.Trim());
        Assert.Equal("2", page.Find("[data-testid=count-approved]")?.TextContent.Trim());
        Assert.Equal("2", page.Find("[data-testid=chart-status-table] tr[data-key=Approved] td:last-child")?.TextContent.Trim());
        Assert.Equal("2", page.Find("[data-testid=chart-role-table] tr[data-key=Polysilicon] td:last-child")?.TextContent.Trim());
        Assert.Equal("3", page.Find("[data-testid=chart-country-table] tr[data-key=CN] td:last-child")?.TextContent.Trim());
        Assert.Contains("China (CN)", page.Find("[data-testid=chart-country-table] tr[data-key=CN]")?.TextContent);

        var highRisk = page.Find("[data-testid=count-high-risk]");
        Assert.Equal("/suppliers?region=CN-XJ", highRisk?.GetAttribute("href"));
        Assert.Contains("1", highRisk?.TextContent);

        var chart = JsonDocument.Parse(page.Find("[data-testid=chart-status] canvas")!.GetAttribute("data-chart")!).RootElement;
        Assert.Equal(7, chart.GetProperty("labels").GetArrayLength());
        Assert.Equal("Under assessment", chart.GetProperty("labels")[2].GetString());
        Assert.Equal(2, chart.GetProperty("values")[3].GetInt32());
        Assert.NotNull(page.Find("[data-testid=quick-create-supplier]"));
        Assert.Null(page.Find("script:not([src])"));
    }

    [Fact]
    public async Task Dashboard_Analyst_SeesNoCreateOrImportLinks()
    {
        // Adds no supplier: the other test counts this registry's suppliers.
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("[data-testid=quick-suppliers]"));
        Assert.Null(page.Find("main a[href='/suppliers/new']"));
        Assert.Null(page.Find("main a[href='/imports']"));
    }
}

/// <summary>Its own registry: the empty state needs one with no supplier at all.</summary>
public sealed class EmptyDashboardTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Dashboard_NoSuppliers_ShowsEmptyStateWithCreateAndImportLinks()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var empty = page.Find("[data-testid=dashboard-empty]");
        Assert.NotNull(empty);
        Assert.NotNull(empty.QuerySelector("a[href='/suppliers/new']"));
        Assert.NotNull(empty.QuerySelector("a[href='/imports']"));
        Assert.Null(page.Find("canvas"));
    }
}
