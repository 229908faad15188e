using System.ComponentModel.DataAnnotations;
using MailKit.Security;
using MimeKit;

namespace SupplierDD.Web.Email;

/// <summary>
/// Bound from <c>Email</c>. With <c>Smtp:Host</c> set, mail goes out over SMTP; otherwise each message is written
/// as a .eml file to <see cref="PickupFolder"/> (local runs and tests). Never both: links in the messages are
/// secrets, and a production server should not keep copies of them on disk.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    /// <summary>The sender, as "Name &lt;address&gt;".</summary>
    [Required] public string From { get; set; } = "SupplierDD <no-reply@supplierdd.local>";
    /// <summary>Where .eml files go when no SMTP host is set; relative paths are under the content root.</summary>
    public string PickupFolder { get; set; } = ".data/mail";
    public SmtpSettings Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult("Email:From must be an address such as \"SupplierDD <no-reply@example.com>\".", [nameof(From)]);
        if (!UsesSmtp && string.IsNullOrWhiteSpace(PickupFolder))
            yield return new ValidationResult("Set Email:Smtp:Host (send over SMTP) or Email:PickupFolder (write .eml files).", [nameof(PickupFolder)]);
        if (UsesSmtp && Smtp.Port is < 1 or > 65535)
            yield return new ValidationResult("Email:Smtp:Port must be between 1 and 65535.", ["Smtp.Port"]);
        if (UsesSmtp && string.IsNullOrEmpty(Smtp.Username) != string.IsNullOrEmpty(Smtp.Password))
            yield return new ValidationResult("Email:Smtp:Username and Email:Smtp:Password go together (set both or neither).", ["Smtp.Username"]);
    }
}

/// <summary>Bound from <c>Email:Smtp</c>.</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>Empty for a relay that needs no authentication.</summary>
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
    /// <summary>MailKit's choice of TLS: Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
}
