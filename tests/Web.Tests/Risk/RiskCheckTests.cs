using System.Net;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

public sealed class RiskCheckTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Check_101Names_IsRefusedNextToTheFieldWithTheTextKept()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync("/risk/check");
        var names = string.Join("\n", Enumerable.Range(1, 101).Select(i => $"Company {i}"));
        var checks = factory.Risk.Checks.Count;

        var result = await browser.SubmitAsync(page, "form[data-testid=check-form]", new Dictionary<string, string> { ["Input.Names"] = names });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("At most 100 names per check; there are 101", result.FieldError("Input.Names"));
        Assert.Contains("Company 101", result.Find("[data-testid=check-names]")?.TextContent);
        Assert.Equal(checks, factory.Risk.Checks.Count);
    }

    [Fact]
    public async Task Check_ShowsMatchesPerNameAndSendsTrimmedLinesAndCountry()
    {
        factory.Risk.AddHit(Guid.NewGuid(), "x", "Hoshine Silicon Industry Co., Ltd.", score: 0.88);
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync("/risk/check");

        var result = await browser.SubmitAsync(page, "form[data-testid=check-form]", new Dictionary<string, string>
        {
            ["Input.Names"] = $"  Hoshine Trading  \n\n{Token()} Clean Co\n", ["Input.Country"] = "cn",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var request = factory.Risk.Checks.Last();
        Assert.Equal("Hoshine Trading", request.Names[0]);
        Assert.Equal(2, request.Names.Count);
        Assert.Equal("CN", request.Country);
        var rows = result.FindAll("[data-testid=check-row]");
        Assert.Contains("Hoshine Silicon Industry Co., Ltd.", rows[0].TextContent);
        Assert.Contains("88%", rows[0].TextContent);
        Assert.NotNull(rows[^1].QuerySelector("[data-testid=check-no-match]"));
    }

    [Fact]
    public async Task Check_CountryTheServiceRefuses_IsShownNextToTheCountry()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync("/risk/check");

        var result = await browser.SubmitAsync(page, "form[data-testid=check-form]", new Dictionary<string, string>
        {
            ["Input.Names"] = "Some Co", ["Input.Country"] = "CHN",
        });

        Assert.Contains("not an ISO 3166-1 alpha-2", result.FieldError("Input.Country"));
        Assert.Equal("CHN", result.Find("[data-testid=check-country]")?.GetAttribute("value"));
    }
}
