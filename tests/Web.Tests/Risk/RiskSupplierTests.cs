using System.Net;
using System.Text.Json;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

public sealed class RiskSupplierTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task RiskPage_ShowsScoreBandsFactorsAndLinksToTheEvidence()
    {
        var (self, poly, hit) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        factory.Risk.Add($"{Token()} Wafer", 50, "High", ["Wafer"], id: self, factors: RiskTestKit.WaferBuyingFromXinjiang(self, poly, hit));
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync($"/risk/suppliers/{self}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("50.0", page.Find("[data-testid=risk-score]")?.TextContent.Trim());
        Assert.Equal("High", page.Find("[data-testid=risk-band]")?.TextContent.Trim());
        Assert.Equal("High", page.Find("[data-testid=risk-model-band]")?.TextContent.Trim());
        var rows = page.FindAll("[data-testid=risk-factor-row]");
        Assert.Equal(["geography", "entity-lists", "staleness", "upstream", "floor"], rows.Select(r => r.GetAttribute("data-factor")!).ToArray());
        var upstream = page.Find("[data-testid=risk-factor-row][data-factor=upstream]")!;
        Assert.Equal("+45.0", upstream.QuerySelector("[data-testid=risk-factor-points]")?.TextContent.Trim());
        Assert.Contains("at least High", upstream.TextContent);
        Assert.Equal($"/risk/suppliers/{poly}", upstream.QuerySelector("[data-testid=risk-evidence-link]")?.GetAttribute("href"));
        Assert.Equal($"/risk/hits?supplier={self}#hit-{hit}",
            page.Find("[data-testid=risk-factor-row][data-factor=entity-lists] [data-testid=risk-evidence-link]")?.GetAttribute("href"));
        Assert.Null(page.Find("[data-factor=staleness] [data-testid=risk-evidence-link]"));

        var chart = JsonDocument.Parse(page.Find("canvas[data-risk-chart]")!.GetAttribute("data-risk-chart")!).RootElement;
        Assert.Equal("factors", chart.GetProperty("kind").GetString());
        Assert.Equal(45, chart.GetProperty("values")[3].GetDouble());
        Assert.Equal("Upstream supply chain", chart.GetProperty("labels")[3].GetString());
        Assert.Equal($"/suppliers/{self}", page.Find("[data-testid=open-supplier]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task RiskPage_FacilityEvidence_LinksToTheSupplierRecord()
    {
        var (self, facility) = (Guid.NewGuid(), Guid.NewGuid());
        factory.Risk.Add($"{Token()} Poly", 75, "Critical", id: self, factors: RiskTestKit.XinjiangFacility(facility));
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/risk/suppliers/{self}");

        Assert.Equal($"/suppliers/{self}#facility", page.Find("[data-factor=geography] [data-testid=risk-evidence-link]")?.GetAttribute("href"));
        Assert.Equal($"/risk/audit?subject=supplier/{self}", page.Find("[data-testid=open-supplier-audit]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ReviewForm_AnalystSeesIt_ProcurementDoesNotAndIsRefusedA403()
    {
        var risk = factory.Risk.Add($"{Token()} Reviewable");
        var analyst = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var procurement = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var asAnalyst = await analyst.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        var asProcurement = await procurement.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        var reviews = factory.Risk.Reviews.Count;
        var post = await procurement.Http.PostAsync($"/risk/suppliers/{risk.Supplier.Id}?handler=Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(asProcurement), ["Review.Action"] = "approve",
        }));

        Assert.NotNull(asAnalyst.Find("form[data-testid=review-form]"));
        Assert.Null(asProcurement.Find("form[data-testid=review-form]"));
        Assert.NotNull(asProcurement.Find("[data-testid=review-read-only]"));
        Assert.Null(asProcurement.Find("[data-testid=open-supplier-audit]"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(reviews, factory.Risk.Reviews.Count);
    }

    [Fact]
    public async Task Approve_RedirectsBackWithTheBandInForce()
    {
        var risk = factory.Risk.Add($"{Token()} Approvable", 30, "Medium");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string> { ["Review.Action"] = "approve" });

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal($"/risk/suppliers/{risk.Supplier.Id}#review", result.RedirectedTo);
        var after = await browser.FollowAsync(result);
        Assert.Contains("the band in force is Medium", after.Text);
        Assert.Equal("Approved", after.Find("[data-testid=risk-review-state]")?.TextContent.Trim());
        Assert.Equal(new ReviewRequest("approve", null, null), factory.Risk.Reviews.Last().Request);
    }

    [Fact]
    public async Task Override_WithoutJustification_ShowsTheServicesFieldErrorAndKeepsTheInput()
    {
        var risk = factory.Risk.Add($"{Token()} Override", 60, "High");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string>
        {
            ["Review.Action"] = "override", ["Review.Band"] = "Medium", ["Review.Justification"] = "too short",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Justification is required for override: at least 20 characters", result.FieldError("Review.Justification"));
        Assert.Equal("too short", result.Find("[data-testid=review-justification]")?.TextContent.Trim());
        Assert.NotNull(result.Find("[data-testid=review-override][checked]"));
        Assert.Equal("Medium", result.Find("[data-testid=review-band] option[selected]")?.GetAttribute("value"));
        Assert.Equal("true", result.Find("[data-testid=review-justification]")?.GetAttribute("aria-invalid"));
        Assert.Equal("High", factory.Risk.Find(risk.Supplier.Id)?.Band);
    }

    [Fact]
    public async Task OverrideOfCritical_Answered202_ShowsTheAwaitingSecondAnalystState()
    {
        var risk = factory.Risk.Add($"{Token()} Critical", 80, "Critical");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string>
        {
            ["Review.Action"] = "override", ["Review.Band"] = "High", ["Review.Justification"] = "Audited on site in May: the facility is in Ningxia, not Xinjiang.",
        });
        var after = await browser.FollowAsync(result);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Contains("takes effect when a second analyst confirms it", after.Find("[role=status]")?.TextContent);
        var pending = after.Find("[data-testid=risk-pending]");
        Assert.Contains("Awaiting a second analyst", pending?.TextContent);
        Assert.Contains("from Critical to High", pending?.TextContent);
        Assert.Contains("Audited on site in May", pending?.TextContent);
        Assert.Equal("Critical", after.Find("[data-testid=risk-band]")?.TextContent.Trim());
        Assert.Equal("Awaiting second analyst", after.Find("[data-testid=risk-review-state]")?.TextContent.Trim());
        // Another analyst opening the page gets the confirmation prefilled, and the way to reject it.
        Assert.NotNull(after.Find("[data-testid=review-override][checked]"));
        Assert.Equal("High", after.Find("[data-testid=review-band] option[selected]")?.GetAttribute("value"));
        Assert.NotNull(after.Find("[data-testid=review-reject-pending]"));
    }

    [Fact]
    public async Task Review_Conflict_IsAMessageAtTheTopWithTheInputKept()
    {
        var risk = factory.Risk.Add($"{Token()} Conflict", 80, "Critical");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        factory.Risk.NextConflict = ("A second analyst must confirm.", "You asked for this override; another analyst has to send the same override to confirm it.");

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string>
        {
            ["Review.Action"] = "override", ["Review.Band"] = "High", ["Review.Justification"] = "Confirming my own request, which is refused.",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("A second analyst must confirm. You asked for this override", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Confirming my own request, which is refused.", result.Find("[data-testid=review-justification]")?.TextContent.Trim());
        Assert.NotNull(result.Find("[data-testid=risk-score-card]"));
    }

    [Fact]
    public async Task RiskPage_NotScoredYet_SaysSoAndUnknownSupplierIsNotFound()
    {
        var known = Guid.NewGuid();
        factory.Risk.MarkNotScored(known);
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var notScored = await browser.GetAsync($"/risk/suppliers/{known}");
        var unknown = await browser.GetAsync($"/risk/suppliers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, notScored.Status);
        Assert.NotNull(notScored.Find("[data-testid=risk-not-scored]"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task SupplierDetails_LinksToTheRiskPage()
    {
        var supplier = factory.Registry.Add($"{Token()} Linked").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");

        Assert.Equal($"/risk/suppliers/{supplier.Id}", page.Find("[data-testid=open-risk]")?.GetAttribute("href"));
    }
}
