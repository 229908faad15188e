using Microsoft.Playwright;
using SupplierDD.Web.BrowserTests.Infrastructure;

namespace SupplierDD.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserPlatform platform)
{
    [Fact]
    public async Task SignIn_AsProcurement_ShowsTheDashboard()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.GetByLabel("Email").FillAsync("procurement@supplierdd.local");
        await page.GetByLabel("Password").FillAsync("procurement-dev-password");
        await BrowserPlatform.ScreenshotAsync(page, "01-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("Pat Procurement");
        await BrowserPlatform.ScreenshotAsync(page, "02-dashboard");
    }
}
