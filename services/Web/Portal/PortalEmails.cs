using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using SupplierDD.Web.Email;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Portal;

/// <summary>
/// The portal's emails, written in the recipient's language (<see cref="WebUser.Language"/>) from the same
/// resources as the pages, whatever language the sender's own page is in.
/// </summary>
public sealed class PortalEmails(IStringLocalizer<PortalResource> T, IEmailSender sender)
{
    // Chinese stays readable in the HTML source instead of turning into &#x...; entities.
    static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public Task SendSetUpLinkAsync(WebUser user, string supplierName, string inviterName, IssuedLink link, CancellationToken ct = default) =>
        sender.SendAsync(InLanguage(user.Language, () => Compose(user,
            subject: T["Set up your SupplierDD supplier portal account"],
            intro: T["{0} invites you to the SupplierDD supplier portal for {1}. There you will answer due-diligence questionnaires and upload documents.", inviterName, supplierName],
            action: T["Set your password"],
            linkLabel: T["Open this link to set your password:"],
            rules: T["This link works once and expires on {0} (UTC). If it has expired, ask for a new link on the portal's sign-in page.", Format(link.ExpiresAt)],
            link)), ct);

    /// <summary>A set-up link the user asked for themself (invited, but no password yet).</summary>
    public Task SendRequestedSetUpLinkAsync(WebUser user, IssuedLink link, CancellationToken ct = default) =>
        sender.SendAsync(InLanguage(user.Language, () => Compose(user,
            subject: T["Set up your SupplierDD supplier portal account"],
            intro: T["You asked for a link to the SupplierDD supplier portal. Your account has no password yet: choose one with this link."],
            action: T["Set your password"],
            linkLabel: T["Open this link to set your password:"],
            rules: T["This link works once and expires on {0} (UTC).", Format(link.ExpiresAt)],
            link)), ct);

    public Task SendSignInLinkAsync(WebUser user, IssuedLink link, CancellationToken ct = default) =>
        sender.SendAsync(InLanguage(user.Language, () => Compose(user,
            subject: T["Your SupplierDD sign-in link"],
            intro: T["You asked for a link to sign in to the SupplierDD supplier portal."],
            action: T["Sign in"],
            linkLabel: T["Open this link to sign in:"],
            rules: T["This link works once and expires on {0} (UTC).", Format(link.ExpiresAt)],
            link)), ct);

    EmailMessage Compose(WebUser user, string subject, string intro, string action, string linkLabel, string rules, IssuedLink link)
    {
        string greeting = T["Hello {0},", user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? ""];
        string ignore = T["If you did not expect this email, you can ignore it; nothing happens until the link is used."];
        // Without scripts the page cannot read the link's fragment: the code is also given to paste.
        string code = T["If the link does not open the form filled in, enter this code on the page: {0}", link.Code];
        var text = $"{greeting}\n\n{intro}\n\n{linkLabel}\n{link.Url}\n\n{rules}\n\n{code}\n\n{ignore}\n\n— SupplierDD\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{Html.Encode(CultureInfo.CurrentUICulture.Name)}"><head><meta charset="utf-8"><title>{Html.Encode(subject)}</title></head>
            <body style="font-family: Arial, 'Microsoft YaHei', sans-serif; color: #1f2933; max-width: 36rem;">
            <p>{Html.Encode(greeting)}</p>
            <p>{Html.Encode(intro)}</p>
            <p><a href="{Html.Encode(link.Url)}" style="display: inline-block; background: #12355b; color: #ffffff; padding: 10px 18px; border-radius: 4px; text-decoration: none;">{Html.Encode(action)}</a></p>
            <p style="font-size: 0.9em;">{Html.Encode(link.Url)}</p>
            <p style="font-size: 0.9em;">{Html.Encode(rules)}</p>
            <p style="font-size: 0.9em;">{Html.Encode(code)}</p>
            <p style="font-size: 0.9em; color: #52606d;">{Html.Encode(ignore)}</p>
            <p>— SupplierDD</p>
            </body></html>
            """;
        return new EmailMessage(user.Email ?? user.UserName ?? "", user.DisplayName, subject, text, html);
    }

    static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="compose"/> with the recipient's UI culture; the localizer reads the current one.</summary>
    static EmailMessage InLanguage(string language, Func<EmailMessage> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var wanted = CultureInfo.GetCultureInfo(Cultures.Normalize(language));
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = wanted;
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
