namespace SupplierDD.Web.Email;

/// <summary>One message to one person, already in their language: a plain-text and an HTML body.</summary>
public sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string Text, string Html);

/// <summary>Sends mail. Implementations never log a message's body: it may carry a one-time link.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
