using Microsoft.Playwright;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real registry, risk scoring and the Web app on loopback ports, and one headless Debian chromium driven by Playwright.
/// Each test opens its own browser context (own cookies) and saves screenshots under <see cref="ScreenshotFolder"/>.
/// </summary>
public sealed class BrowserPlatform : IAsyncLifetime
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "supplierdd-browser-tests", Guid.NewGuid().ToString("N"));
    IPlaywright? playwright;

    public RealRegistry Registry { get; private set; } = null!;
    public RealRisk Risk { get; private set; } = null!;
    public WebServer Web { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>SUPPLIERDD_TEST_SCREENSHOTS, else TestResults/screenshots next to this project.</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("SUPPLIERDD_TEST_SCREENSHOTS") is { Length: > 0 } configured
        ? configured
        : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    public static string Chromium => Environment.GetEnvironmentVariable("SUPPLIERDD_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(ScreenshotFolder);
        Registry = new RealRegistry();
        Risk = new RealRisk(Registry.BaseUrl);
        Web = new WebServer(Registry.BaseUrl, Risk.BaseUrl, folder);
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"No chromium at {Chromium}: install Debian's chromium (infra/test.sh does) or set SUPPLIERDD_TEST_CHROMIUM.");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (no cookies) at a laptop-sized window, in <paramref name="locale"/>; reduced motion, so screenshots catch no animation halfway.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US", int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Web.BaseUrl, Locale = locale, ReducedMotion = ReducedMotion.Reduce, ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Web is not null) await Web.DisposeAsync();
        if (Risk is not null) await Risk.DisposeAsync();
        if (Registry is not null) await Registry.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPlatform>
{
    public const string Name = "browser";
}
