using System.Net;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

/// <summary>
/// Reviews and hit decisions carry the version the page read; when someone decided first the page says so and keeps
/// the input, and a confirmed hit's dismissal waits for a second analyst.
/// </summary>
public sealed class RiskVersionTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Review_SendsTheVersionThePageRead()
    {
        var risk = factory.Risk.Add($"{Token()} Versioned", 30, "Medium");
        factory.Risk.DecideElsewhere(risk.Supplier.Id);
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        Assert.Equal("2", page.Find("[data-testid=review-version]")?.GetAttribute("value"));

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string> { ["Review.Action"] = "approve" });

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("\"2\"", factory.Risk.ReviewVersions.Last());
        Assert.Equal("Approved", factory.Risk.Find(risk.Supplier.Id)?.ReviewState);
    }

    [Fact]
    public async Task Review_SomeoneElseDecidedFirst_SaysReloadAndKeepsTheInput()
    {
        var risk = factory.Risk.Add($"{Token()} Raced", 30, "Medium");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        factory.Risk.DecideElsewhere(risk.Supplier.Id);

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string>
        {
            ["Review.Action"] = "override", ["Review.Band"] = "High", ["Review.Justification"] = "Parent group named in a 2026 forced-labour report.",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Someone else decided first: reload the page", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Parent group named in a 2026 forced-labour report.", result.Find("[data-testid=review-justification]")?.TextContent.Trim());
        // Sending the same form again must not overwrite the other decision: it still carries the old version.
        Assert.Equal("1", result.Find("[data-testid=review-version]")?.GetAttribute("value"));
        Assert.Null(factory.Risk.Find(risk.Supplier.Id)?.OverrideBand);
    }

    [Fact]
    public async Task Review_SomeoneElseDecidedFirst_SaysSoInChinese()
    {
        var risk = factory.Risk.Add($"{Token()} Raced zh", 30, "Medium");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var english = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        await browser.SubmitAsync(english, "form[data-testid=language-form]", new Dictionary<string, string> { ["culture"] = "zh-CN" });
        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");
        Assert.Equal("zh-CN", page.Find("html")?.GetAttribute("lang"));
        factory.Risk.DecideElsewhere(risk.Supplier.Id);

        var result = await browser.SubmitAsync(page, "form[data-testid=review-form]", new Dictionary<string, string> { ["Review.Action"] = "approve" });

        Assert.Contains("已有其他人先做出了决定", result.Find("[data-testid=form-errors]")?.TextContent);
    }

    [Fact]
    public async Task HitDecision_SendsTheVersion_AndSomeoneElseDecidingFirstSaysReload()
    {
        var supplier = factory.Risk.Add($"{Token()} Hit race");
        var hit = factory.Risk.AddHit(supplier.Supplier.Id, "Lop Nur Trading", "Lop Nur Silicon Co.");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/hits?supplier={supplier.Supplier.Id}");
        Assert.Equal("1", page.Find($"#hit-{hit.Id} [data-testid=hit-version]")?.GetAttribute("value"));
        factory.Risk.DecideHitElsewhere(hit.Id);

        var result = await browser.SubmitAsync(page, $"#hit-{hit.Id} form[data-testid=hit-decision-form]",
            new Dictionary<string, string> { ["Decision.Decision"] = "dismiss", ["Decision.Note"] = "Different USCC and city (Kashgar)." });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Someone else decided first", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Different USCC and city (Kashgar).", result.Find($"#hit-{hit.Id} [data-testid=hit-note]")?.TextContent);
        Assert.Equal("Open", factory.Risk.FindHit(hit.Id)?.State);

        var reloaded = await browser.GetAsync($"/risk/hits?supplier={supplier.Supplier.Id}");
        var retried = await browser.SubmitAsync(reloaded, $"#hit-{hit.Id} form[data-testid=hit-decision-form]",
            new Dictionary<string, string> { ["Decision.Decision"] = "dismiss", ["Decision.Note"] = "Different USCC and city (Kashgar)." });
        Assert.Equal(HttpStatusCode.Redirect, retried.Status);
        Assert.Equal("Dismissed", factory.Risk.FindHit(hit.Id)?.State);
    }

    [Fact]
    public async Task DismissingAConfirmedHit_WaitsForASecondAnalyst()
    {
        var supplier = factory.Risk.Add($"{Token()} Reversal");
        var hit = factory.Risk.AddHit(supplier.Supplier.Id, "Hoshine Trading", "Hoshine Silicon Industry Co., Ltd.", state: "Confirmed");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/hits?supplier={supplier.Supplier.Id}");

        var result = await browser.SubmitAsync(page, $"#hit-{hit.Id} form[data-testid=hit-decision-form]",
            new Dictionary<string, string> { ["Decision.Decision"] = "dismiss", ["Decision.Note"] = "Registry shows a different owner since 2025." });
        var after = await browser.FollowAsync(result);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Contains("stays confirmed until a second analyst agrees", after.Text);
        Assert.Equal("Confirmed", after.Find($"#hit-{hit.Id}")?.GetAttribute("data-state"));
        Assert.Contains("Registry shows a different owner since 2025.", after.Find($"#hit-{hit.Id} [data-testid=hit-pending-reversal]")?.TextContent);
    }
}
