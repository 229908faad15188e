using System.Net;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

public sealed class RiskHitsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    static readonly TokenPair[] DaqoTokens = [new("daqo", "daqo", 1, "Distinctive"), new("xinjiang", "xinjiang", 1, "Place")];

    [Fact]
    public async Task Queue_ShowsBothSidesNamesWithTheMatchedWordsMarkedAndTheListFacts()
    {
        var supplier = factory.Risk.Add($"{Token()} Daqo Trading");
        var hit = factory.Risk.AddHit(supplier.Supplier.Id, "Xinjiang Daqo Trading Co.", "Xinjiang Daqo New Energy Co., Ltd.", score: 0.91,
            supplierNames: ["Xinjiang Daqo Trading Co.", "新疆大全贸易有限公司"], aliases: ["Daqo New Energy", "Xinjiang Daqo New Energy Co., Ltd. and subsidiaries"], tokens: DaqoTokens);
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/risk/hits");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var card = page.Find($"[data-testid=hit][data-hit-id='{hit.Id}']")!;
        Assert.Equal($"hit-{hit.Id}", card.Id);
        var supplierSide = card.QuerySelector("[data-testid=hit-supplier-names]")!;
        Assert.Contains("新疆大全贸易有限公司", supplierSide.TextContent);
        Assert.Equal(["Xinjiang Daqo"], supplierSide.QuerySelectorAll("mark").Select(m => m.TextContent).ToArray());
        var listedSide = card.QuerySelector("[data-testid=hit-listed-names]")!;
        Assert.Contains("Daqo New Energy", listedSide.TextContent);
        Assert.Equal(["Xinjiang Daqo"], listedSide.QuerySelectorAll(".matched-name mark").Select(m => m.TextContent).ToArray());
        Assert.Equal("match 91%", card.QuerySelector("[data-testid=hit-score]")?.TextContent.Trim());
        var facts = card.QuerySelector("[data-testid=hit-list-facts]")!.TextContent;
        Assert.Contains("US-UFLPA, version 3", facts);
        Assert.Contains("2023-06-09", facts);
        Assert.Contains("Section 2(d)(2)(B)(ii)", facts);
        Assert.Equal("https://www.dhs.gov/uflpa-entity-list", card.QuerySelector("[data-testid=hit-source]")?.GetAttribute("href"));
        Assert.NotNull(card.QuerySelector("[data-testid=hit-subsidiaries-hint]"));
        Assert.NotNull(card.QuerySelector("form[data-testid=hit-decision-form]"));
    }

    [Fact]
    public async Task Dismiss_WithoutNote_ShowsTheErrorOnThatHitAndChangesNothing()
    {
        var supplier = factory.Risk.Add($"{Token()} Dismiss");
        var hit = factory.Risk.AddHit(supplier.Supplier.Id, "Hoshine Trading", "Hoshine Silicon Industry Co., Ltd.");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/hits?supplier={supplier.Supplier.Id}");

        var result = await browser.SubmitAsync(page, $"#hit-{hit.Id} form[data-testid=hit-decision-form]",
            new Dictionary<string, string> { ["Decision.Decision"] = "dismiss", ["Decision.Note"] = "  " });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Note is required to dismiss a hit", result.Find($"#hit-{hit.Id} [data-testid=hit-note-error]")?.TextContent.Trim());
        Assert.Equal("true", result.Find($"#hit-{hit.Id} [data-testid=hit-note]")?.GetAttribute("aria-invalid"));
        Assert.Equal("Open", factory.Risk.FindHit(hit.Id)?.State);
    }

    [Fact]
    public async Task Dismiss_WithNote_RedirectsBackToTheHitAndShowsTheDecision()
    {
        var supplier = factory.Risk.Add($"{Token()} Dismissed");
        var hit = factory.Risk.AddHit(supplier.Supplier.Id, "Hoshine Trading", "Hoshine Silicon Industry Co., Ltd.");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/hits?supplier={supplier.Supplier.Id}");

        var result = await browser.SubmitAsync(page, $"#hit-{hit.Id} form[data-testid=hit-decision-form]",
            new Dictionary<string, string> { ["Decision.Decision"] = "dismiss", ["Decision.Note"] = "Different USCC and city (Suzhou)." });
        var after = await browser.FollowAsync(result);

        Assert.Equal($"/risk/hits?supplier={supplier.Supplier.Id}#hit-{hit.Id}", result.RedirectedTo);
        Assert.Contains("Hit dismissed", after.Text);
        Assert.Contains("Different USCC and city (Suzhou).", after.Find($"#hit-{hit.Id} [data-testid=hit-decision]")?.TextContent);
        Assert.Equal("Dismissed", after.Find($"#hit-{hit.Id}")?.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Decision_Conflict_IsShownAtTheTopWithTheNoteKept()
    {
        var supplier = factory.Risk.Add($"{Token()} Withdrawn");
        var hit = factory.Risk.AddHit(supplier.Supplier.Id, "Lop Nur Trading", "Lop Nur Silicon Co.");
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var page = await browser.GetAsync($"/risk/hits?supplier={supplier.Supplier.Id}");
        factory.Risk.NextConflict = ("This hit was withdrawn.", "The supplier's names no longer match this entity; there is nothing to decide.");

        var result = await browser.SubmitAsync(page, $"#hit-{hit.Id} form[data-testid=hit-decision-form]",
            new Dictionary<string, string> { ["Decision.Decision"] = "confirm", ["Decision.Note"] = "Same company." });

        Assert.Contains("This hit was withdrawn.", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Same company.", result.Find($"#hit-{hit.Id} [data-testid=hit-note]")?.TextContent);
    }

    [Fact]
    public async Task Procurement_SeesHitsWithoutDecisionFormsAndADecisionPostIs403()
    {
        var supplier = factory.Risk.Add($"{Token()} ReadOnly");
        var hit = factory.Risk.AddHit(supplier.Supplier.Id, "Read Only Co", "Read Only Listed Co");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync($"/risk/hits?supplier={supplier.Supplier.Id}");
        var post = await browser.Http.PostAsync($"/risk/hits?handler=Decide&hitId={hit.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page), ["Decision.Decision"] = "confirm",
        }));

        Assert.NotNull(page.Find($"#hit-{hit.Id}"));
        Assert.Null(page.Find("form[data-testid=hit-decision-form]"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("Open", factory.Risk.FindHit(hit.Id)?.State);
    }
}
