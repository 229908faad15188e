using Microsoft.Playwright;

namespace SupplierDD.Web.BrowserTests.Steps;

/// <summary>The dev accounts seeded in Development (README "Run it locally"), signed in through the sign-in form.</summary>
public static class SignIn
{
    public const string ProcurementEmail = "procurement@supplierdd.local";
    public const string ProcurementPassword = "procurement-dev-password";

    public static Task AsProcurementAsync(IPage page) => AsAsync(page, ProcurementEmail, ProcurementPassword, "Pat Procurement");

    public static Task AsAnalystAsync(IPage page) => AsAsync(page, "analyst@supplierdd.local", "analyst-dev-password", "Ana Analyst");

    /// <summary>
    /// Signs in through the English form, then reads the pages in <paramref name="language"/> through the culture cookie
    /// (what the language switcher sets), so the shared dev account keeps its own language for the other tests.
    /// </summary>
    public static async Task AsAnalystAsync(IPage page, string language)
    {
        var baseUrl = await BaseUrlAsync(page);
        await page.Context.AddCookiesAsync([CultureCookie("en", baseUrl)]);
        await AsAnalystAsync(page);
        await page.Context.AddCookiesAsync([CultureCookie(language, baseUrl)]);
    }

    static async Task<string> BaseUrlAsync(IPage page)
    {
        if (page.Url.StartsWith("http", StringComparison.Ordinal)) return new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        await page.GotoAsync("/health/live");
        return new Uri(page.Url).GetLeftPart(UriPartial.Authority);
    }

    static Cookie CultureCookie(string culture, string baseUrl) => new()
    {
        Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = baseUrl,
    };

    static async Task AsAsync(IPage page, string email, string password, string displayName)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(displayName);
    }
}
