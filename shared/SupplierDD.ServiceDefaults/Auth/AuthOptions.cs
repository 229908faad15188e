using System.ComponentModel.DataAnnotations;

namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>Token validation settings, bound from the <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    /// <summary>Issuer and audience of every SupplierDD token.</summary>
    public const string IssuerAndAudience = "supplierdd";

    /// <summary>HS256 key shared by the Web app (which mints tokens) and the services (which validate them). At least 32 characters.</summary>
    [Required(ErrorMessage = "Auth:SigningKey is required: set it as a secret (environment variable Auth__SigningKey).")]
    [MinLength(32, ErrorMessage = "Auth:SigningKey must be at least 32 characters (256 bits) for HS256.")]
    public string SigningKey { get; set; } = "";
}
