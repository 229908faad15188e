using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupplierDD.Web.BrowserTests.Infrastructure;

/// <summary>Bearer tokens signed with the development key, for the setup calls a test makes straight to a service.</summary>
public static class DevToken
{
    const string Key = "supplierdd-development-signing-key-not-for-production-0123456789";

    public static string For(string role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "supplierdd",
        Subject = new ClaimsIdentity([new Claim("sub", $"browser-test-{role}"), new Claim("role", role), new Claim("aud", "supplierdd-registry"), new Claim("aud", "supplierdd-risk")]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key)), SecurityAlgorithms.HmacSha256),
    });
}
