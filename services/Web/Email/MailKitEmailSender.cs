using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SupplierDD.Web.Email;

/// <summary>Sends over SMTP with MailKit, or writes .eml files to the pickup folder (see <see cref="EmailOptions"/>).</summary>
public sealed class MailKitEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<MailKitEmailSender> logger)
    : IEmailSender
{
    static long sequence;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var settings = options.Value;
        var mime = ToMime(message, settings, time.GetUtcNow());
        if (settings.UsesSmtp) await SendSmtpAsync(mime, settings.Smtp, ct);
        else await WritePickupAsync(mime, PickupFolder(settings), ct);
        // The recipient and subject only: the body holds a one-time link.
        logger.LogInformation("Email \"{Subject}\" sent to {Recipient} via {Transport}", message.Subject, message.ToAddress, settings.UsesSmtp ? "SMTP" : "pickup folder");
    }

    static MimeMessage ToMime(EmailMessage message, EmailOptions settings, DateTimeOffset now)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = now };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        return mime;
    }

    static async Task SendSmtpAsync(MimeMessage mime, SmtpSettings smtp, CancellationToken ct)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, ct);
        if (!string.IsNullOrEmpty(smtp.Username)) await client.AuthenticateAsync(smtp.Username, smtp.Password, ct);
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    string PickupFolder(EmailOptions settings) => Path.GetFullPath(settings.PickupFolder, environment.ContentRootPath);

    static async Task WritePickupAsync(MimeMessage mime, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        // Names sort in the order messages were sent, even when the clock did not move between them (tests).
        var name = $"{mime.Date.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{Interlocked.Increment(ref sequence):D8}-{Guid.NewGuid():N}";
        var partial = Path.Combine(folder, name + ".tmp");
        // Written under another name, then renamed: whoever watches the folder never reads half a message.
        await mime.WriteToAsync(partial, ct);
        File.Move(partial, Path.Combine(folder, name + ".eml"));
    }
}
