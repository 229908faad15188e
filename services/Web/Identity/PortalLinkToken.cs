namespace SupplierDD.Web.Identity;

public enum PortalLinkPurpose { SetUp, SignIn }

/// <summary>
/// A one-time link sent by email: a set-up link after an invitation, or a sign-in link. Only the SHA-256
/// hash of the random token is stored; the token itself exists only in the email.
/// </summary>
public sealed class PortalLinkToken
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public PortalLinkPurpose Purpose { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>Set when the link is used (or replaced by a newer one); a used link never works again.</summary>
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>Who asked for it: the inviting user's id, or the user themself for a sign-in link.</summary>
    public string CreatedBy { get; set; } = "";
}
