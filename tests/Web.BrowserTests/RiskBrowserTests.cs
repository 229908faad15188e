using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplierDD.Web.BrowserTests.Infrastructure;
using SupplierDD.Web.BrowserTests.Steps;

namespace SupplierDD.Web.BrowserTests;

/// <summary>
/// A risk analyst on the real stack: a chain entered in the registry (its polysilicon maker with a plant in Xinjiang)
/// reaches risk scoring; the analyst sees the module maker's score with the upstream evidence, raises its band with a
/// justification, and checks a Chinese name against the UFLPA list.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RiskBrowserTests(BrowserPlatform platform)
{
    static readonly string[] Roles = ["Polysilicon", "Wafer", "Cell", "Module"];

    async Task<Guid[]> ChainAsync()
    {
        using var registry = new HttpClient { BaseAddress = new Uri(platform.Registry.BaseUrl) };
        registry.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DevToken.For("procurement"));
        var ids = new List<Guid>();
        foreach (var role in Roles)
        {
            var response = await registry.PostAsJsonAsync("/api/suppliers", new { name = $"Gobi Lantern {role} Co., Ltd.", countryCode = "CN", regionCode = "CN-JS", roles = new[] { role } });
            response.EnsureSuccessStatusCode();
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("supplier").GetProperty("id").GetGuid());
        }
        (await registry.PostAsJsonAsync($"/api/suppliers/{ids[0]}/facilities", new { name = "Shihezi plant", countryCode = "CN", regionCode = "CN-XJ" })).EnsureSuccessStatusCode();
        for (var i = 0; i + 1 < ids.Count; i++)
            (await registry.PostAsJsonAsync($"/api/suppliers/{ids[i + 1]}/upstream", new { upstreamSupplierId = ids[i], material = Roles[i] })).EnsureSuccessStatusCode();
        return [.. ids];
    }

    [Fact]
    public async Task Analyst_SeesWhyTheModuleMakerIsHigh_RaisesItsBand_AndChecksAChineseName()
    {
        var ids = await ChainAsync();
        await platform.Risk.RebuildAsync(ids);
        var (poly, module) = (ids[0], ids[^1]);

        var page = await platform.NewPageAsync();
        await SignIn.AsAnalystAsync(page);
        await page.GotoAsync("/risk");
        await Assertions.Expect(page.GetByTestId("count-band-critical")).ToContainTextAsync(new Regex("[1-9]"));
        await BrowserPlatform.ScreenshotAsync(page, "10-risk-dashboard");

        await page.GotoAsync($"/risk/suppliers/{module}");
        await Assertions.Expect(page.GetByTestId("risk-supplier-name")).ToHaveTextAsync("Gobi Lantern Module Co., Ltd.");
        await Assertions.Expect(page.GetByTestId("risk-band")).ToHaveTextAsync("High");
        var upstream = page.Locator("[data-testid=risk-factor-row][data-factor=upstream]");
        await Assertions.Expect(upstream).ToContainTextAsync("Gobi Lantern Polysilicon");
        await Assertions.Expect(upstream.GetByTestId("risk-evidence-link").First).ToHaveAttributeAsync("href", new Regex(poly.ToString()));
        await BrowserPlatform.ScreenshotAsync(page, "11-risk-supplier");

        await page.GetByTestId("review-override").CheckAsync();
        await page.GetByTestId("review-band").SelectOptionAsync("Critical");
        await page.GetByTestId("review-justification").FillAsync("Wafers traced to the Shihezi plant by the 2026 customs detention notice.");
        await page.GetByTestId("review-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("risk-band")).ToHaveTextAsync("Critical");
        await Assertions.Expect(page.GetByTestId("risk-overridden")).ToBeVisibleAsync();
        await BrowserPlatform.ScreenshotAsync(page, "12-risk-override");

        await page.GotoAsync("/risk/check");
        await page.GetByTestId("check-names").FillAsync("合盛硅业（鄯善）有限公司\nGobi Lantern Module Co., Ltd.");
        await page.GetByTestId("check-submit").ClickAsync();
        var rows = page.GetByTestId("check-row");
        await Assertions.Expect(rows.First).ToContainTextAsync("Hoshine Silicon Industry");
        await Assertions.Expect(page.GetByTestId("check-no-match")).ToHaveCountAsync(1);
        await BrowserPlatform.ScreenshotAsync(page, "13-risk-name-check");
    }
}
