using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

/// <summary>
/// Texts the risk service sends as a code with arguments are said in the reader's language: factor evidence, the reason a
/// score changed, the basis of a re-assessment; a code this app does not know falls back to the service's English text.
/// </summary>
public sealed class RiskTextTests(WebFactory factory) : IClassFixture<WebFactory>
{
    static readonly Dictionary<string, string> RegionArgs = new()
    {
        ["facility"] = "Shihezi plant", ["region"] = "CN-XJ", ["reason"] = "", ["severity"] = "100", ["floor"] = "Critical",
    };

    async Task<PageClient> InChineseAsync()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var any = await browser.GetAsync("/risk");
        await browser.SubmitAsync(any, "form[data-testid=language-form]", new Dictionary<string, string> { ["culture"] = "zh-CN" });
        return browser;
    }

    [Fact]
    public async Task FactorEvidence_IsShownInChinese_AndAnUnknownCodeFallsBackToTheEnglishText()
    {
        var facility = Guid.NewGuid();
        var risk = factory.Risk.Add($"{Token()} Coded", 75, "Critical", factors:
        [
            new("geography", 0.6, 100, 60, "Critical", [new RiskEvidence("region", "Facility 'Shihezi plant' is in CN-XJ (severity 100, at least Critical).", facility.ToString(), null,
                "evidence.region.facility.floor", RegionArgs)]),
            new("floor", 0, 0, 15, "Critical", [new RiskEvidence("floor", "A newer service's sentence.", null, null, "evidence.not-known-here", new Dictionary<string, string>())]),
        ]);
        var browser = await InChineseAsync();

        var page = await browser.GetAsync($"/risk/suppliers/{risk.Supplier.Id}");

        var evidence = page.FindAll("[data-testid=risk-evidence]").Select(e => e.TextContent).ToList();
        Assert.Contains(evidence, t => t.Contains("工厂“Shihezi plant”位于 CN-XJ（严重度 100，至少为极高风险）。"));
        Assert.Contains(evidence, t => t.Contains("A newer service's sentence."));
    }

    [Fact]
    public async Task ChangeReason_IsShownOnTheDashboardInChinese()
    {
        var poly = factory.Risk.Add($"{Token()} Reopened", 75, "Critical");
        factory.Risk.Changes.Insert(0, new RiskChange(poly.Supplier.Id, poly.Supplier.Name, DateTimeOffset.UtcNow, 40, 75, "Medium", "Critical",
            "The model moved to Critical: the override to Medium no longer holds and the review is open again.", "change.critical-reopened",
            new Dictionary<string, string> { ["overrideBand"] = "Medium" }));
        var browser = await InChineseAsync();

        var page = await browser.GetAsync("/risk");

        var row = page.Find($"[data-testid=risk-change-row][data-supplier-id='{poly.Supplier.Id}']");
        Assert.Equal("模型等级升至极高风险：调整为中风险的决定不再有效，需重新审核。", row?.QuerySelector("[data-testid=risk-change-reason]")?.TextContent.Trim());
    }

    [Fact]
    public async Task ReassessmentReason_IsShownInChinese()
    {
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var item = new ScheduledReassessment(Guid.NewGuid(), $"{Token()} Due Poly", ["Polysilicon"], "Critical", 30, today.AddDays(-40), "last analyst review",
            today.AddDays(-10), true, "Critical band: every 30 days; last analyst review 2026-10-25", "reassessment.reason",
            new Dictionary<string, string> { ["band"] = "Critical", ["interval"] = "30", ["basis"] = "reassessment.basis.reviewed", ["date"] = "2026-10-25" });
        factory.Risk.Schedule.Add(item);
        var browser = await InChineseAsync();

        var page = await browser.GetAsync("/risk/reassessments");

        var row = page.Find($"[data-testid=reassessment-row][data-supplier-id='{item.SupplierId}']");
        Assert.Equal("极高风险：每 30 天复评一次；上次分析师审核：2026-10-25", row?.QuerySelector("[data-testid=reassessment-reason]")?.TextContent.Trim());
    }
}
