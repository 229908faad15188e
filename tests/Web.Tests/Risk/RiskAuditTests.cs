using System.Net;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.Risk;

public sealed class RiskAuditTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Verify_BrokenChain_ShowsTheFirstBrokenEntryAndMarksIt()
    {
        var supplier = Guid.NewGuid();
        for (var i = 3; i >= 1; i--)
            factory.Risk.Audit.Add(new AuditEntry(i, DateTimeOffset.UtcNow.AddMinutes(-i), "someone", "risk.approved", $"supplier/{supplier}",
                "{\"bandBefore\":\"High\",\"bandAfter\":\"High\",\"justification\":null}", $"prev{i}", $"hash{i}abcdefabcdef"));
        factory.Risk.Verification = new AuditVerification(false, 1, 2, "its contents do not match its hash: it was changed after it was written.", null);
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync("/risk/audit");
        var form = page.Find("form[data-testid=audit-verify-form]");

        // The button is a GET form: the address it leads to.
        var verified = await browser.GetAsync($"{form?.GetAttribute("action")}?verify={form?.QuerySelector("input[name=verify]")?.GetAttribute("value")}");

        Assert.Equal(HttpStatusCode.OK, verified.Status);
        var result = verified.Find("[data-testid=audit-verify-result]");
        Assert.Equal("false", result?.GetAttribute("data-intact"));
        Assert.Contains("broken at entry 2", result?.TextContent);
        Assert.Contains("Entry 2: its contents do not match its hash", verified.Find("[data-testid=audit-verify-problem]")?.TextContent);
        Assert.Contains("table-danger", verified.Find("#entry-2")?.ClassName);
        Assert.Equal("/risk/audit?verify=true#entry-2", verified.Find("[data-testid=audit-broken-link]")?.GetAttribute("href"));
        Assert.Equal($"/risk/suppliers/{supplier}", verified.Find("#entry-3 a")?.GetAttribute("href"));
        Assert.Contains("Band approved", verified.Find("#entry-3")?.TextContent);
        Assert.Contains("Band before", verified.Find("#entry-3 .audit-data")?.TextContent);
    }

    [Fact]
    public async Task Verify_IntactChain_SaysSo()
    {
        factory.Risk.Verification = new AuditVerification(true, 42, null, null, "abc123");
        var browser = await factory.SignedIn(DevAccounts.Admin, DevAccounts.AdminPassword);

        var page = await browser.GetAsync("/risk/audit?verify=true");

        Assert.Equal("true", page.Find("[data-testid=audit-verify-result]")?.GetAttribute("data-intact"));
        Assert.Contains("42 entries checked", page.Find("[data-testid=audit-verify-result]")?.TextContent);
    }

    [Fact]
    public async Task AuditLog_Procurement_Is403AndHasNoNavEntry()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var audit = await browser.GetAsync("/risk/audit");
        var overview = await browser.GetAsync("/risk");

        Assert.Equal(HttpStatusCode.Forbidden, audit.Status);
        Assert.Contains("You do not have access", audit.Find("[data-testid=error-page]")?.TextContent);
        Assert.Null(overview.Find("[data-testid=risk-nav-audit]"));
    }
}
