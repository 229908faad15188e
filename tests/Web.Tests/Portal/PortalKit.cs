using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>A one-time link as read from an email: its URL and the token in its fragment.</summary>
public sealed record MailedLink(string Url, string Token, MimeMessage Message);

/// <summary>Steps the portal tests share: invite, read the mail, follow links.</summary>
public static partial class PortalKit
{
    public const string Password = "correct horse battery staple";

    [GeneratedRegex(@"http://127\.0\.0\.1:5000/portal/(setup|signin-link)#([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    public static string NewEmail(string who = "contact") => $"{who}-{Guid.NewGuid():N}@supplier.test";

    /// <summary>Every message in the pickup folder addressed to <paramref name="address"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MailTo(WebFactory factory, string address) =>
        Directory.EnumerateFiles(factory.PickupFolder, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>The link in the newest message to <paramref name="address"/>; fails if there is none.</summary>
    public static MailedLink LatestLink(WebFactory factory, string address)
    {
        var message = MailTo(factory, address).LastOrDefault() ?? throw new Xunit.Sdk.XunitException($"No email to {address} in {factory.PickupFolder}.");
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, $"No portal link in the email:\n{message.TextBody}");
        return new MailedLink(match.Value, match.Groups[2].Value, message);
    }

    /// <summary>Invites <paramref name="email"/> to <paramref name="supplierId"/>'s portal as the procurement dev account.</summary>
    public static async Task<Page> InviteAsync(WebFactory factory, Guid supplierId, string email, string name = "Li Wei", string language = "en", PageClient? asUser = null)
    {
        var procurement = asUser ?? await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var form = await procurement.GetAsync($"/suppliers/{supplierId}/invite");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await procurement.SubmitAsync(form, "form[data-testid=invite-form]", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Language"] = language,
        });
    }

    /// <summary>A supplier in the fake registry with a contact invited (not yet set up); returns the set-up link.</summary>
    public static async Task<(Guid SupplierId, string Email, MailedLink Link)> InvitedContactAsync(WebFactory factory, string language = "en", string status = "Draft")
    {
        var supplier = factory.Registry.Add("Jiangsu Sunrise Polysilicon Co., Ltd.", status: status, localName: "江苏日升多晶硅有限公司");
        var email = NewEmail();
        var invited = await InviteAsync(factory, supplier.Supplier.Id, email, language: language);
        Assert.True(invited.Status == HttpStatusCode.Redirect, $"invitation failed ({(int)invited.Status}):\n{invited.Text}");
        return (supplier.Supplier.Id, email, LatestLink(factory, email));
    }

    /// <summary>Opens the set-up page and submits <paramref name="token"/> with <paramref name="password"/> twice (as the page's script would).</summary>
    public static async Task<Page> SetUpAsync(PageClient browser, string token, string password = Password, string? confirm = null)
    {
        var page = await browser.GetAsync("/portal/setup");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await browser.SubmitAsync(page, "form[data-testid=setup-form]", new Dictionary<string, string>
        {
            ["Input.Token"] = token,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm ?? password,
        });
    }

    /// <summary>Opens the sign-in-link page and presses its button with <paramref name="token"/>.</summary>
    public static async Task<Page> UseSignInLinkAsync(PageClient browser, string token)
    {
        var page = await browser.GetAsync("/portal/signin-link");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await browser.SubmitAsync(page, "form[data-testid=signin-link-form]", new Dictionary<string, string> { ["Input.Token"] = token });
    }

    public static async Task<Page> RequestLinkAsync(PageClient browser, string email)
    {
        var page = await browser.GetAsync("/portal/request-link");
        return await browser.SubmitAsync(page, "form[data-testid=request-link-form]", new Dictionary<string, string> { ["Input.Email"] = email });
    }

    public static async Task<Page> PortalLoginAsync(PageClient browser, string email, string password)
    {
        var page = await browser.GetAsync("/portal/login");
        return await browser.SubmitAsync(page, "form[data-testid=portal-login-form]", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>A supplier contact who finished set-up, and a browser signed in as them.</summary>
    public static async Task<(Guid SupplierId, string Email, PageClient Browser)> SetUpContactAsync(WebFactory factory, string language = "en")
    {
        var (supplierId, email, link) = await InvitedContactAsync(factory, language);
        var browser = factory.Browser();
        var done = await SetUpAsync(browser, link.Token);
        Assert.True(done.Status == HttpStatusCode.Redirect && done.RedirectedTo == "/portal", $"set-up failed ({(int)done.Status}):\n{done.Text}");
        return (supplierId, email, browser);
    }

    public static string? LinkProblem(Page page) => page.Find("[data-testid=link-problem]")?.GetAttribute("data-state");
}
