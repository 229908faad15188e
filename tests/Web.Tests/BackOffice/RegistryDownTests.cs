using System.Net;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

/// <summary>The registry goes down after the page was loaded: pages say so kindly, forms keep what was typed.</summary>
public sealed class RegistryDownTests(WebFactory factory) : IClassFixture<WebFactory>, IDisposable
{
    public void Dispose() => factory.Registry.Down = false;

    [Fact]
    public async Task GetPages_RegistryDown_AreTheFriendly503PageWithATraceId()
    {
        var supplier = factory.Registry.Add($"{Token()} Offline").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        factory.Registry.Down = true;

        foreach (var url in new[] { "/", "/suppliers?search=x", $"/suppliers/{supplier.Id}", $"/suppliers/{supplier.Id}/graph", $"/imports/{Guid.NewGuid()}" })
        {
            var page = await browser.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.ServiceUnavailable, $"{url} answered {(int)page.Status}");
            Assert.Contains("A SupplierDD service is not answering", page.Find("[data-testid=error-page]")?.TextContent);
            Assert.Matches("^[0-9a-f]{32}$", page.Find("[data-testid=trace-id]")?.TextContent.Trim());
            Assert.DoesNotContain("HttpRequestException", page.Html);
        }
    }

    [Fact]
    public async Task CreateForm_RegistryDown_KeepsTheInputAndSaysNothingWasSaved()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var form = await browser.GetAsync("/suppliers/new");
        factory.Registry.Down = true;

        var result = await browser.SubmitAsync(form, "form[data-testid=supplier-form]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Kept Name Co", ["Input.CountryCode"] = "CN", ["Input.RegionCode"] = "CN-JS", ["Input.Roles"] = "Cell",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Matches("not answering, so nothing was saved.*Trace id: [0-9a-f]{32}", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Kept Name Co", result.Find("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("CN-JS", result.Find("#Input_RegionCode")?.GetAttribute("value"));
        Assert.NotNull(result.Find("input[name='Input.Roles'][value=Cell][checked]"));
    }

    [Fact]
    public async Task StatusForm_RegistryDown_ShowsTheFormAgainWithTheReasonTyped()
    {
        var supplier = factory.Registry.Add($"{Token()} Offline Status").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");
        factory.Registry.Down = true;

        var result = await browser.SubmitAsync(page, "form[data-testid=status-form]",
            new Dictionary<string, string> { ["StatusChange.Status"] = "Invited", ["StatusChange.Reason"] = "A long careful reason" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("not answering", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.NotNull(result.Find("[data-testid=degraded-form] form[data-testid=status-form]"));
        Assert.Equal("A long careful reason", result.Find("[data-testid=status-reason]")?.TextContent.Trim());
    }

    [Fact]
    public async Task ImportUpload_RegistryDown_SaysSoOnTheImportPage()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        factory.Registry.Down = true;

        var response = await UploadAsync(browser, "Suppliers", "SuppliersFile", "s.csv", "name,registration_id\nA,B\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not answering, so nothing was saved", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JsonHandlers_RegistryDown_Answer503WithATraceIdForTheScriptToRetry()
    {
        var supplier = factory.Registry.Add($"{Token()} Offline Graph").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        factory.Registry.Down = true;

        foreach (var url in new[] { $"/suppliers/{supplier.Id}/graph?handler=Data", $"/imports/{Guid.NewGuid()}?handler=Status" })
        {
            var response = await GetJsonAsync(browser, url);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("\"traceId\"", await response.Content.ReadAsStringAsync());
        }
    }
}

/// <summary>
/// The real Refit client against a port where nothing listens: Refit 16 wraps the refused connection in
/// ApiRequestException, and the page must still be the friendly 503. Slow-ish (the client retries GETs for ~9 s).
/// </summary>
public sealed class UnreachableRegistryTests(SystemClockWebFactory factory) : IClassFixture<SystemClockWebFactory>
{
    [Fact]
    public async Task SupplierList_RegistryUnreachable_IsTheFriendly503Page()
    {
        factory.RegistryBaseUrl = "http://127.0.0.1:9";
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/suppliers");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains("A SupplierDD service is not answering", page.Find("[data-testid=error-page]")?.TextContent);
    }
}
