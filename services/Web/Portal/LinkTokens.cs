using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SupplierDD.Web.Portal;

/// <summary>
/// The secret in a one-time link: 256 random bits, base64url (43 characters). The database keeps only its
/// SHA-256; a database leak therefore yields no usable link.
/// </summary>
public static class LinkTokens
{
    const int Bytes = 32;
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>Lower-case hex SHA-256, as <see cref="Identity.PortalLinkToken.TokenHash"/> stores it.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Shaped like a token we issue: anything else is refused without a database look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
