using System.Text.RegularExpressions;
using MimeKit;

namespace SupplierDD.Web.BrowserTests.Steps;

/// <summary>Reads the emails the Web app dropped into its pickup folder (.eml files).</summary>
public static partial class Mailbox
{
    /// <summary>Waits for the newest email to <paramref name="to"/> and returns it.</summary>
    public static async Task<MimeMessage> WaitForEmailToAsync(string pickupFolder, string to, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Directory.Exists(pickupFolder))
            {
                var messages = new List<MimeMessage>();
                foreach (var file in Directory.EnumerateFiles(pickupFolder, "*.eml"))
                    messages.Add(await MimeMessage.LoadAsync(file));
                var newest = messages
                    .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
                    .OrderByDescending(m => m.Date)
                    .FirstOrDefault();
                if (newest is not null) return newest;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No email to {to} arrived in {pickupFolder} within {timeout}.");
            await Task.Delay(100);
        }
    }

    /// <summary>The portal link in the email's text body (set-up or sign-in link; the token sits in the fragment).</summary>
    public static string PortalLink(MimeMessage message)
    {
        var body = message.TextBody ?? message.HtmlBody ?? "";
        var match = PortalLinkPattern().Match(body);
        if (!match.Success) throw new InvalidOperationException("The email carries no portal link:\n" + body);
        return match.Value;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/portal/(setup|signin-link)#[A-Za-z0-9_-]{43}")]
    private static partial Regex PortalLinkPattern();
}
