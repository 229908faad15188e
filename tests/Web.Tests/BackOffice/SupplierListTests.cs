using System.Net;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

public sealed class SupplierListTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task List_SearchFiltersSortAndPaging_PassTheQueryToTheRegistry()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var token = Token();

        var page = await browser.GetAsync($"/suppliers?search=+{token}+&role=wafer&country=cn&region=cn-js&status=Approved&sort=NameDesc&page=2&pageSize=25");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(factory.Registry.ListQueries, q => q == new FakeRegistry.ListQuery(token, "Wafer", "CN", "CN-JS", "Approved", "NameDesc", 2, 25));
        Assert.Equal(token, page.Find("[data-testid=supplier-search]")?.GetAttribute("value"));
        Assert.Equal("Wafer", page.Find("#role option[selected]")?.GetAttribute("value"));
        Assert.Equal("Approved", page.Find("#status option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task List_UnknownRoleStatusOrSort_AreNotSentToTheRegistry()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var token = Token();

        var page = await browser.GetAsync($"/suppliers?search={token}&role=Unicorn&status=Lost&sort=Random&pageSize=9999");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(factory.Registry.ListQueries, q => q == new FakeRegistry.ListQuery(token, null, null, null, null, null, 1, 50));
    }

    [Fact]
    public async Task List_Search_RendersMatchingSuppliersWithStatusAndHighRiskRegion()
    {
        var token = Token();
        var plain = factory.Registry.Add($"{token} Jiangsu Wafer", status: "Approved", roles: ["Wafer"]);
        var risky = factory.Registry.Add($"{token} Hoshine Silicon", region: "CN-XJ", roles: ["MetallurgicalSilicon"]);
        factory.Registry.Add("Someone Else Entirely");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/suppliers?search={token}");

        var rows = page.FindAll("[data-testid=supplier-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal($"/suppliers/{risky.Supplier.Id}", rows[0].QuerySelector("[data-testid=supplier-link]")?.GetAttribute("href"));
        Assert.NotNull(rows[0].QuerySelector("[data-testid=high-risk-badge]"));
        Assert.Null(rows[1].QuerySelector("[data-testid=high-risk-badge]"));
        Assert.Contains("Approved", rows[1].TextContent);
        Assert.Equal(plain.Supplier.Id.ToString(), rows[1].GetAttribute("data-supplier-id"));
        Assert.Contains("Showing 1–2 of 2 suppliers", page.Find("[data-testid=result-count]")?.TextContent);
        Assert.Null(page.Find("[data-testid=new-supplier]"));
    }

    [Fact]
    public async Task List_ColumnHeaders_SortTheListAndMarkAriaSort()
    {
        var token = Token();
        foreach (var name in new[] { "Alpha", "Charlie", "Bravo" }) factory.Registry.Add($"{token} {name}");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var byName = await browser.GetAsync($"/suppliers?search={token}");
        var nameHeader = byName.Find("[data-testid=sort-name]");
        Assert.Equal("ascending", nameHeader?.GetAttribute("aria-sort"));
        Assert.Null(byName.Find("[data-testid=sort-country]")?.GetAttribute("aria-sort"));
        Assert.Equal($"/suppliers?search={token}&sort=NameDesc", nameHeader?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal($"/suppliers?search={token}&sort=UpdatedDesc", byName.Find("[data-testid=sort-updated] a")?.GetAttribute("href"));

        var descending = await browser.GetAsync(nameHeader!.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("descending", descending.Find("[data-testid=sort-name]")?.GetAttribute("aria-sort"));
        Assert.Equal([$"{token} Charlie", $"{token} Bravo", $"{token} Alpha"],
            descending.FindAll("[data-testid=supplier-link]").Select(a => a.TextContent.Trim()).ToArray());
    }

    [Fact]
    public async Task List_Paging_ShowsPagerWithLinksThatKeepTheFilters()
    {
        var token = Token();
        for (var i = 1; i <= 7; i++) factory.Registry.Add($"{token} Supplier {i}");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/suppliers?search={token}&page=2&pageSize=3");

        Assert.Equal(3, page.FindAll("[data-testid=supplier-row]").Count);
        Assert.Contains("Showing 4–6 of 7 suppliers", page.Find("[data-testid=result-count]")?.TextContent);
        Assert.Equal($"/suppliers?search={token}&page=3&pageSize=3", page.Find("[data-testid=pager-next]")?.GetAttribute("href"));
        Assert.Equal($"/suppliers?search={token}&pageSize=3", page.Find("[data-testid=pager-previous]")?.GetAttribute("href"));
        Assert.Equal("page", page.Find("[data-testid=pager] a[aria-current]")?.GetAttribute("aria-current"));
        Assert.Equal("2", page.Find("[data-testid=pager] a[aria-current]")?.TextContent.Trim());
    }

    [Fact]
    public async Task List_NothingMatches_ShowsEmptyStateWithClearFilters()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/suppliers?search={Token()}&status=Suspended");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("No supplier matches", page.Find("[data-testid=supplier-list-empty]")?.TextContent);
        Assert.Equal("/suppliers", page.Find("[data-testid=clear-filters]")?.GetAttribute("href"));
        Assert.Null(page.Find("[data-testid=supplier-table]"));
    }

    [Fact]
    public async Task List_CountryTheRegistryRefuses_ShowsItsMessageNextToTheCountryFilter()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/suppliers?country=CHN");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("'CHN' is not an ISO 3166-1 alpha-2 country code.", page.FieldError("country"));
        Assert.Equal("CHN", page.Find("[data-testid=filter-country]")?.GetAttribute("value"));
        Assert.NotNull(page.Find("[data-testid=supplier-list-empty]"));
    }
}
