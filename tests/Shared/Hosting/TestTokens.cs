using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace SupplierDD.Testing;

public static class TestTokens
{
    /// <summary>The audience of each service (ServiceDefaults' Audiences); a test token is good for all of them unless told otherwise.</summary>
    public static readonly string[] AllAudiences = ["supplierdd-registry", "supplierdd-risk"];

    public static string For(string role, string? subject = null, Guid? supplierId = null, string key = TestEnvironment.DevSigningKey, DateTime? expires = null,
        params string[] audiences)
    {
        var claims = new List<Claim> { new("sub", subject ?? $"test-{role}"), new("role", role) };
        if (supplierId is { } id) claims.Add(new Claim("supplier_id", id.ToString()));
        claims.AddRange((audiences.Length > 0 ? audiences : AllAudiences).Select(a => new Claim("aud", a)));
        var token = new JwtSecurityToken("supplierdd", null, claims, DateTime.UtcNow.AddMinutes(-1), expires ?? DateTime.UtcNow.AddHours(1),
            new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public static HttpClient As(this HttpClient client, string role)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", For(role));
        return client;
    }
}
