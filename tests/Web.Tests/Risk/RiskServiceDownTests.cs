using System.Net;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

/// <summary>The risk service goes down: pages are the friendly 503 page, forms keep what was typed.</summary>
public sealed class RiskServiceDownTests(WebFactory factory) : IClassFixture<WebFactory>, IDisposable
{
    public void Dispose() => factory.Risk.Down = false;

    [Fact]
    public async Task GetPages_RiskServiceDown_AreTheFriendly503PageWithATraceId()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        factory.Risk.Down = true;

        foreach (var url in new[] { "/risk", "/risk/suppliers", $"/risk/suppliers/{Guid.NewGuid()}", "/risk/hits", $"/risk/hits?supplier={Guid.NewGuid()}",
                     "/risk/reassessments", "/risk/audit", "/risk/audit?verify=true", "/risk/lists", "/risk/lists/US-UFLPA" })
        {
            var page = await browser.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.ServiceUnavailable, $"{url} answered {(int)page.Status}");
            Assert.Contains("A SupplierDD service is not answering", page.Find("[data-testid=error-page]")?.TextContent);
            Assert.Matches("^[0-9a-f]{32}$", page.Find("[data-testid=trace-id]")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task ReviewForm_RiskServiceDown_KeepsTheFormFilledInAndSaysNothingWasSaved()
    {
        var risk = factory.Risk.Add($"{Token()} Offline");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        factory.Risk.Down = true;

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string>
        {
            ["Review.Action"] = "override", ["Review.Band"] = "Low", ["Review.Justification"] = "A careful justification typed before the outage.",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Matches("not answering, so nothing was saved.*Trace id: [0-9a-f]{32}", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.NotNull(result.Find("[data-testid=degraded-form] form[data-testid=review-form]"));
        Assert.Equal("A careful justification typed before the outage.", result.Find("[data-testid=review-justification]")?.TextContent.Trim());
        Assert.Equal("Low", result.Find("[data-testid=review-band] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task HitDecision_RiskServiceDown_KeepsTheNote()
    {
        var risk = factory.Risk.Add($"{Token()} Offline Hit");
        var hit = factory.Risk.AddHit(risk.Supplier.Id, "Offline Co", "Offline Listed Co");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/hits?supplier={risk.Supplier.Id}");
        factory.Risk.Down = true;

        var result = await browser.SubmitAsync(page, $"#hit-{hit.Id} form[data-testid=hit-decision-form]",
            new Dictionary<string, string> { ["Decision.Decision"] = "dismiss", ["Decision.Note"] = "Typed before the outage." });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("not answering, so nothing was saved", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Typed before the outage.", result.Find("[data-testid=degraded-form] [data-testid=hit-note]")?.TextContent);
    }

    [Fact]
    public async Task Check_RiskServiceDown_SaysSoWithTheNamesKept()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync("/risk/check");
        factory.Risk.Down = true;

        var result = await browser.SubmitAsync(page, "form[data-testid=check-form]", new Dictionary<string, string> { ["Input.Names"] = "Kept Co" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("not answering", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Contains("Kept Co", result.Find("[data-testid=check-names]")?.TextContent);
    }
}

/// <summary>The real Refit client against a port where nothing listens: still the friendly 503 page. Slow-ish (GETs are retried).</summary>
public sealed class UnreachableRiskServiceTests(SystemClockWebFactory factory) : IClassFixture<SystemClockWebFactory>
{
    [Fact]
    public async Task RiskPages_RiskServiceUnreachable_AreTheFriendly503Page()
    {
        factory.RiskBaseUrl = "http://127.0.0.1:9";
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        // The overview reads plain results; a supplier's risk reads an IApiResponse, which carries the failure instead of throwing it.
        foreach (var url in new[] { "/risk", $"/risk/suppliers/{Guid.NewGuid()}" })
        {
            var page = await browser.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.ServiceUnavailable, $"{url} answered {(int)page.Status}");
            Assert.Contains("A SupplierDD service is not answering", page.Find("[data-testid=error-page]")?.TextContent);
        }
    }
}
