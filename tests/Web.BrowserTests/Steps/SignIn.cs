using Microsoft.Playwright;

namespace SupplierDD.Web.BrowserTests.Steps;

/// <summary>The dev accounts seeded in Development (README "Run it locally"), signed in through the sign-in form.</summary>
public static class SignIn
{
    public const string ProcurementEmail = "procurement@supplierdd.local";
    public const string ProcurementPassword = "procurement-dev-password";

    public static Task AsProcurementAsync(IPage page) => AsAsync(page, ProcurementEmail, ProcurementPassword, "Pat Procurement");

    public static Task AsAnalystAsync(IPage page) => AsAsync(page, "analyst@supplierdd.local", "analyst-dev-password", "Ana Analyst");

    static async Task AsAsync(IPage page, string email, string password, string displayName)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(displayName);
    }
}
