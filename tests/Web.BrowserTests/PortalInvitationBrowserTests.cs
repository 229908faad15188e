using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplierDD.Web.BrowserTests.Infrastructure;
using SupplierDD.Web.BrowserTests.Steps;

namespace SupplierDD.Web.BrowserTests;

/// <summary>
/// Procurement registers a supplier and invites its contact in Chinese; the contact follows the emailed link
/// in a browser of their own, sets a password and lands in the portal in Chinese, and can switch language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalInvitationBrowserTests(BrowserPlatform platform)
{
    const string SupplierName = "Qinghai Saltlake Polysilicon Co., Ltd.";
    const string ContactEmail = "li.na@saltlake-poly.example";

    [Fact]
    public async Task InviteAContact_FollowTheEmailedLink_SetAPassword_SeesThePortalInChinese()
    {
        var office = await platform.NewPageAsync();
        await SignIn.AsProcurementAsync(office);
        await RegisterSupplierAsync(office);
        await InviteAsync(office);

        var email = await Mailbox.WaitForEmailToAsync(platform.Web.PickupFolder, ContactEmail, TimeSpan.FromSeconds(15));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", email.Subject);
        var link = Mailbox.PortalLink(email);
        Assert.StartsWith(platform.Web.BaseUrl + "/portal/setup#", link);

        // The contact's own browser, in Chinese: no back-office cookie.
        var portal = await platform.NewPageAsync(locale: "zh-CN", width: 820, height: 1100);
        await portal.GotoAsync(link);
        await Assertions.Expect(portal.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(portal.GetByTestId("setup-token")).ToHaveValueAsync(new Regex("^[A-Za-z0-9_-]{43}$"));
        await portal.GetByTestId("setup-password").FillAsync("saltlake-portal-2026");
        await portal.GetByTestId("setup-confirm-password").FillAsync("saltlake-portal-2026");
        await BrowserPlatform.ScreenshotAsync(portal, "08-portal-set-up-zh-CN");
        await portal.GetByTestId("setup-submit").ClickAsync();

        await Assertions.Expect(portal).ToHaveURLAsync(new Regex("/portal$"));
        await Assertions.Expect(portal.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(portal.GetByTestId("portal-supplier-name")).ToHaveTextAsync(SupplierName);
        await Assertions.Expect(portal.GetByTestId("portal-facilities-empty")).ToHaveTextAsync("贵公司尚未登记任何生产场所。");
        await BrowserPlatform.ScreenshotAsync(portal, "09-portal-zh-CN");

        // The language switcher submits on change and keeps the user on the page.
        await portal.Locator("#language-select").SelectOptionAsync("en");
        await Assertions.Expect(portal.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(portal.GetByTestId("portal-facilities-empty")).ToHaveTextAsync("No facilities are registered for your company yet.");
        await portal.Locator("#language-select").SelectOptionAsync("zh-CN");
        await Assertions.Expect(portal.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        // A supplier user never sees the back-office.
        await portal.GotoAsync("/suppliers");
        await Assertions.Expect(portal).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Assertions.Expect(portal.GetByTestId("supplier-table")).ToHaveCountAsync(0);
    }

    static async Task RegisterSupplierAsync(IPage page)
    {
        await page.GotoAsync("/suppliers/new");
        await page.GetByTestId("field-name").FillAsync(SupplierName);
        await page.GetByLabel("Local name").FillAsync("青海盐湖多晶硅有限公司");
        await page.GetByTestId("field-country").SelectOptionAsync("CN");
        await page.GetByTestId("field-region").FillAsync("CN-QH");
        await page.GetByTestId("field-contact-email").FillAsync(ContactEmail);
        await page.GetByTestId("supplier-save").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/suppliers/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByTestId("supplier-name")).ToHaveTextAsync(SupplierName);
    }

    static async Task InviteAsync(IPage page)
    {
        await page.GetByTestId("invite-supplier").ClickAsync();
        await page.GetByTestId("invite-email").FillAsync(ContactEmail);
        await page.GetByTestId("invite-name").FillAsync("李娜");
        await page.GetByTestId("invite-language").SelectOptionAsync("zh-CN");
        await BrowserPlatform.ScreenshotAsync(page, "07-invite-contact");
        await page.GetByTestId("invite-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/suppliers/[0-9a-f-]{36}$"));
    }
}
