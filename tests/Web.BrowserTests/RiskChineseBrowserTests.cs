using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplierDD.Web.BrowserTests.Infrastructure;
using SupplierDD.Web.BrowserTests.Steps;

namespace SupplierDD.Web.BrowserTests;

/// <summary>
/// A risk analyst at a Chinese module maker walks the risk pages in Simplified Chinese on the real stack: overview,
/// review queue, a polysilicon maker seated in Xinjiang (region under its Chinese name), a band override, screening
/// hits, the name check, the re-assessment calendar, the audit log and the entity lists. Screenshots 20–28.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RiskChineseBrowserTests(BrowserPlatform platform)
{
    /// <summary>Latin name (what the lists match), Chinese name, role, region.</summary>
    static readonly (string Name, string Local, string Role, string Region)[] Chain =
    [
        ("Tianchi Qingshan Polysilicon Co., Ltd.", "天池青山多晶硅有限公司", "Polysilicon", "CN-XJ"),
        ("Yixing Qingshan Wafer Co., Ltd.", "宜兴青山硅片有限公司", "Wafer", "CN-JS"),
        ("Yancheng Qingshan Solar Module Co., Ltd.", "盐城青山光伏组件有限公司", "Module", "CN-JS"),
    ];

    async Task<Guid[]> ChainAsync()
    {
        using var registry = new HttpClient { BaseAddress = new Uri(platform.Registry.BaseUrl) };
        registry.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DevToken.For("procurement"));
        var ids = new List<Guid>();
        foreach (var (name, local, role, region) in Chain)
        {
            var response = await registry.PostAsJsonAsync("/api/suppliers", new { name, localName = local, countryCode = "CN", regionCode = region, roles = new[] { role } });
            response.EnsureSuccessStatusCode();
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("supplier").GetProperty("id").GetGuid());
        }
        for (var i = 0; i + 1 < ids.Count; i++)
            (await registry.PostAsJsonAsync($"/api/suppliers/{ids[i + 1]}/upstream", new { upstreamSupplierId = ids[i], material = Chain[i].Role })).EnsureSuccessStatusCode();
        return [.. ids];
    }

    [Fact]
    public async Task ChineseAnalyst_WalksTheRiskPages_InChinese()
    {
        var ids = await ChainAsync();
        await platform.Risk.RebuildAsync(ids);
        var (poly, module) = (ids[0], ids[^1]);

        var page = await platform.NewPageAsync(locale: "zh-CN");
        await SignIn.AsAnalystAsync(page, language: "zh-CN");
        await page.GotoAsync("/risk");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("风险");
        await Assertions.Expect(page.GetByTestId("nav-risk")).ToHaveTextAsync("风险");
        await Assertions.Expect(page.GetByTestId("count-band-critical")).ToContainTextAsync("极高风险");
        await BrowserPlatform.ScreenshotAsync(page, "20-zh-risk-overview");

        await page.GotoAsync("/risk/suppliers?reviewState=Any");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("审核队列");
        await Assertions.Expect(page.Locator($"[data-testid=risk-row]:has(a[href='/risk/suppliers/{poly}'])")).ToContainTextAsync("极高风险");
        await BrowserPlatform.ScreenshotAsync(page, "21-zh-review-queue");

        await page.GotoAsync($"/risk/suppliers/{poly}");
        await Assertions.Expect(page.GetByTestId("risk-band")).ToHaveTextAsync("极高风险");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("CN-XJ（新疆维吾尔自治区）");
        await Assertions.Expect(page.Locator("[data-testid=risk-factor-row][data-factor=geography] th")).ToHaveTextAsync("地理位置");
        await BrowserPlatform.ScreenshotAsync(page, "22-zh-risk-supplier");

        await page.GotoAsync($"/risk/suppliers/{module}");
        await page.GetByTestId("review-override").CheckAsync();
        await page.GetByTestId("review-band").SelectOptionAsync("Critical");
        await page.GetByTestId("review-justification").FillAsync("海关扣留通知显示，该组件所用硅片可追溯至新疆多晶硅工厂。");
        await page.GetByTestId("review-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("risk-band")).ToHaveTextAsync("极高风险");
        await Assertions.Expect(page.GetByTestId("risk-overridden")).ToContainTextAsync("分析师已将模型给出的等级");
        await BrowserPlatform.ScreenshotAsync(page, "23-zh-risk-override");

        await page.GotoAsync("/risk/hits");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("筛查命中");
        await BrowserPlatform.ScreenshotAsync(page, "24-zh-screening-hits");

        await page.GotoAsync("/risk/check");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("对照实体清单核查名称");
        await page.GetByTestId("check-names").FillAsync("合盛硅业（鄯善）有限公司\n盐城青山光伏组件有限公司");
        await page.GetByTestId("check-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("check-row").First).ToContainTextAsync("Hoshine Silicon Industry");
        await Assertions.Expect(page.GetByTestId("check-no-match")).ToHaveTextAsync("无匹配");
        await BrowserPlatform.ScreenshotAsync(page, "25-zh-name-check");

        await page.GotoAsync("/risk/reassessments");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("复评日程");
        await Assertions.Expect(page.GetByTestId("reassessment-group").First.Locator("th").First).ToHaveTextAsync(new Regex(@"^\d{4}年\d{1,2}月"));
        await BrowserPlatform.ScreenshotAsync(page, "26-zh-reassessments");

        await page.GotoAsync($"/risk/audit?subject=supplier/{module}");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("审计日志");
        await Assertions.Expect(page.GetByTestId("audit-row").First).ToContainTextAsync("等级已调整");
        await BrowserPlatform.ScreenshotAsync(page, "27-zh-audit-log");

        await page.GotoAsync("/risk/lists");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("实体清单");
        await BrowserPlatform.ScreenshotAsync(page, "28-zh-entity-lists");
    }
}
