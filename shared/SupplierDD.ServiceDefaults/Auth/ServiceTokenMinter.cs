using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>
/// Mints the short-lived HS256 tokens the Web app forwards to the services: issuer <c>supplierdd</c>, the audience of the
/// service called (<see cref="Audiences"/>), <c>sub</c>, one <c>role</c> claim per role and, for supplier users, <c>supplier_id</c>.
/// </summary>
public sealed class ServiceTokenMinter(IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>A token for <paramref name="subject"/> to call the service whose audience is <paramref name="audience"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Mint(string subject, IEnumerable<string> roles, Guid? supplierId, TimeSpan lifetime, string audience)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var claims = new List<Claim> { new(ClaimNames.Subject, subject) };
        claims.AddRange(roles.Distinct(StringComparer.Ordinal).Select(r => new Claim(ClaimNames.Role, r)));
        if (supplierId is { } id) claims.Add(new Claim(ClaimNames.SupplierId, id.ToString()));
        return TokenWriter.Write(claims, audience, options.Value.SigningKey, time, lifetime);
    }
}

/// <summary>
/// Mints this service's own identity token (<c>Auth:Identity</c>): subject and only role <c>service:&lt;name&gt;</c>, signed with
/// the service's own key, which the called service trusts for that role alone.
/// </summary>
public sealed class ServiceIdentityMinter(IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>A token for calling the service whose audience is <paramref name="audience"/>.</summary>
    public string Mint(string audience, TimeSpan lifetime)
    {
        var identity = options.Value.Identity ?? throw new InvalidOperationException("Auth:Identity is not configured.");
        var name = Roles.Service(identity.Name);
        return TokenWriter.Write([new Claim(ClaimNames.Subject, name), new Claim(ClaimNames.Role, name)], audience, identity.SigningKey, time, lifetime);
    }
}

static class TokenWriter
{
    static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Write(IEnumerable<Claim> claims, string audience, string key, TimeProvider time, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);
        var now = time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
