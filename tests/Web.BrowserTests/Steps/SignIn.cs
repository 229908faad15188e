using Microsoft.Playwright;

namespace SupplierDD.Web.BrowserTests.Steps;

/// <summary>The dev accounts seeded in Development (README "Run it locally"), signed in through the sign-in form.</summary>
public static class SignIn
{
    public const string ProcurementEmail = "procurement@supplierdd.local";
    public const string ProcurementPassword = "procurement-dev-password";

    public static async Task AsProcurementAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(ProcurementEmail);
        await page.GetByLabel("Password").FillAsync(ProcurementPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("Pat Procurement");
    }
}
