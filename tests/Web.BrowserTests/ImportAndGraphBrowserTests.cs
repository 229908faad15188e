using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplierDD.Web.BrowserTests.Infrastructure;
using SupplierDD.Web.BrowserTests.Steps;

namespace SupplierDD.Web.BrowserTests;

/// <summary>
/// Procurement imports the demo suppliers and their supply links from CSV, watches each import finish,
/// finds a module maker and opens its supply-chain graph, where the Xinjiang polysilicon upstream shows as high risk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportAndGraphBrowserTests(BrowserPlatform platform)
{
    static readonly string Suppliers = Path.Combine(AppContext.BaseDirectory, "Data", "suppliers.csv");
    static readonly string Links = Path.Combine(AppContext.BaseDirectory, "Data", "supply-links.csv");

    [Fact]
    public async Task ImportSuppliersAndLinks_ThenFindAModuleMaker_ShowsItsChainWithXinjiangHighlighted()
    {
        var page = await platform.NewPageAsync();
        await SignIn.AsProcurementAsync(page);

        await ImportAsync(page, "import-suppliers", Suppliers, "03-import-suppliers");
        await Assertions.Expect(page.GetByTestId("import-created")).ToHaveTextAsync(DataRows(Suppliers).ToString());
        await ImportAsync(page, "import-links", Links, "04-import-links");
        await Assertions.Expect(page.GetByTestId("import-created")).ToHaveTextAsync(DataRows(Links).ToString());

        await page.GotoAsync("/suppliers");
        await page.GetByTestId("supplier-search").FillAsync("Canalstone");
        await page.GetByTestId("supplier-search-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("supplier-row")).ToHaveCountAsync(1);
        await BrowserPlatform.ScreenshotAsync(page, "05-supplier-search");
        await page.GetByTestId("supplier-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("supplier-name")).ToHaveTextAsync("Suzhou Canalstone Solar Module Co., Ltd.");

        await page.GetByTestId("open-graph").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/suppliers/[0-9a-f-]{36}/graph"));
        var canvas = page.GetByTestId("graph-canvas");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-drawn-nodes", new Regex("^[0-9]+$"));
        var rows = page.GetByTestId("graph-row");
        // The module maker and its 18 upstream suppliers, quartz to cell; nothing buys from it in the demo data.
        await Assertions.Expect(rows).ToHaveCountAsync(19);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-drawn-nodes", "19");
        var highRisk = page.Locator("[data-testid=graph-row][data-high-risk=true]");
        await Assertions.Expect(highRisk.Filter(new() { HasText = "Xinjiang Sandgrouse Polysilicon" })).ToHaveCountAsync(1);

        await page.GetByTestId("graph-find").FillAsync("Sandgrouse");
        await page.GetByTestId("graph-find").PressAsync("Enter");
        var details = page.GetByTestId("graph-panel-details");
        await Assertions.Expect(details).ToBeVisibleAsync();
        await Assertions.Expect(details).ToContainTextAsync("Xinjiang Sandgrouse Polysilicon Co., Ltd.");
        await Assertions.Expect(details).ToContainTextAsync("CN-XJ");
        await BrowserPlatform.ScreenshotAsync(page, "06-supply-chain-graph");
    }

    /// <summary>Uploads <paramref name="file"/> with the form <paramref name="form"/> and waits on the progress page until the import completes.</summary>
    static async Task ImportAsync(IPage page, string form, string file, string screenshot)
    {
        await page.GotoAsync("/imports");
        await page.GetByTestId(form + "-file").SetInputFilesAsync(file);
        await page.GetByTestId(form + "-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/imports/[0-9a-f-]{36}$"));
        var status = page.GetByTestId("import-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-status", "Completed", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("import-progress")).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(page.GetByTestId("import-failed")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByTestId("import-finished")).ToBeVisibleAsync();
        await BrowserPlatform.ScreenshotAsync(page, screenshot);
    }

    static int DataRows(string csv) => File.ReadLines(csv).Skip(1).Count(line => line.Length > 0);
}
