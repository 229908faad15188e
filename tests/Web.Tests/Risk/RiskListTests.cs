using System.Net;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

public sealed class RiskListTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Queue_ByDefault_AsksForUnreviewedAndListsThemHighestScoreFirst()
    {
        var token = Token();
        var low = factory.Risk.Add($"{token} Low", 12, "Low");
        var critical = factory.Risk.Add($"{token} Critical", 81.5, "Critical");
        var approved = factory.Risk.Add($"{token} Approved", 90, "Critical", reviewState: "Approved");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/risk/suppliers");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Unreviewed", factory.Risk.RiskQueries.Last().ReviewState);
        var ids = page.FindAll("[data-testid=risk-row]").Select(r => r.GetAttribute("data-supplier-id")).ToList();
        Assert.True(ids.IndexOf(critical.Supplier.Id.ToString()) < ids.IndexOf(low.Supplier.Id.ToString()));
        Assert.DoesNotContain(approved.Supplier.Id.ToString(), ids);
        var row = page.Find($"[data-testid=risk-row][data-supplier-id='{critical.Supplier.Id}']");
        Assert.Equal("81.5", row?.QuerySelector("[data-testid=risk-score]")?.TextContent.Trim());
        Assert.Equal($"/risk/suppliers/{critical.Supplier.Id}", row?.QuerySelector("[data-testid=risk-link]")?.GetAttribute("href"));
        Assert.Equal("Unreviewed", page.Find("[data-testid=filter-review-state] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Queue_Filters_PassThroughToTheServiceAndStayInTheForm()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync("/risk/suppliers?band=high&role=Wafer&country=cn&region=cn-xj&reviewState=Any&page=2&pageSize=25");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(new FakeRiskApi.RiskQuery("High", "Wafer", "CN", "CN-XJ", null, 2, 25), factory.Risk.RiskQueries.Last());
        Assert.Equal("High", page.Find("[data-testid=filter-band] option[selected]")?.GetAttribute("value"));
        Assert.Equal("Any", page.Find("[data-testid=filter-review-state] option[selected]")?.GetAttribute("value"));
        Assert.Equal("CN-XJ", page.Find("[data-testid=filter-region]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Queue_UnknownCountry_SaysSoNextToTheFilter()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/risk/suppliers?country=CHN&reviewState=Any");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("not an ISO 3166-1 alpha-2", page.FieldError("country"));
        Assert.NotNull(page.Find("[data-testid=risk-list-empty]"));
    }
}
