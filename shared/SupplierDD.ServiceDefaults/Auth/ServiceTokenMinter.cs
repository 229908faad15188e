using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>
/// Mints the short-lived HS256 tokens the Web app forwards to the services: issuer and audience
/// <c>supplierdd</c>, <c>sub</c>, one <c>role</c> claim per role and, for supplier users, <c>supplier_id</c>.
/// </summary>
public sealed class ServiceTokenMinter(IOptions<AuthOptions> options, TimeProvider time)
{
    static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A token for <paramref name="subject"/> valid for <paramref name="lifetime"/>.</summary>
    public string Mint(string subject, IEnumerable<string> roles, Guid? supplierId, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var claims = new List<Claim> { new(ClaimNames.Subject, subject) };
        claims.AddRange(roles.Distinct(StringComparer.Ordinal).Select(r => new Claim(ClaimNames.Role, r)));
        if (supplierId is { } id) claims.Add(new Claim(ClaimNames.SupplierId, id.ToString()));

        var now = time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.IssuerAndAudience,
            Audience = AuthOptions.IssuerAndAudience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
