using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.Web.Auth;

namespace SupplierDD.Web.Tests.Unit;

public sealed class ServiceTokenTests
{
    const string Key = TestEnvironment.DevSigningKey;
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    static readonly ServiceTokenMinter Minter = new(Options.Create(new AuthOptions { SigningKey = Key }), Time);

    static ClaimsPrincipal Validate(string token) => new JwtSecurityTokenHandler { MapInboundClaims = false }.ValidateToken(token, new TokenValidationParameters
    {
        ValidIssuer = "supplierdd", ValidAudience = Audiences.SupplierRegistry,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key)), ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        LifetimeValidator = (_, _, _, _) => true,
    }, out _);

    [Fact]
    public void MintFor_InternalUser_CarriesIdAndEveryRole()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([
            new Claim(ClaimTypes.NameIdentifier, "user-42"), new Claim(ClaimTypes.Role, Roles.Procurement), new Claim(ClaimTypes.Role, Roles.Admin),
        ], "test"));
        var token = ServiceTokenHandler.MintFor(user, Minter, TimeSpan.FromMinutes(5), Audiences.SupplierRegistry);

        var claims = Validate(token);
        Assert.Equal("user-42", claims.FindFirstValue("sub"));
        Assert.Equal([Roles.Admin, Roles.Procurement], claims.FindAll("role").Select(c => c.Value).Order());
        Assert.Null(claims.FindFirstValue("supplier_id"));
        var jwt = new JwtSecurityToken(token);
        Assert.Equal("HS256", jwt.Header.Alg);
        Assert.Equal(Time.GetUtcNow().UtcDateTime.AddMinutes(5), jwt.ValidTo);
    }

    [Fact]
    public void MintFor_SupplierUser_CarriesSupplierId()
    {
        var supplierId = Guid.NewGuid();
        var user = new ClaimsPrincipal(new ClaimsIdentity([
            new Claim(ClaimTypes.NameIdentifier, "supplier-user"), new Claim(ClaimTypes.Role, Roles.Supplier), new Claim(ClaimNames.SupplierId, supplierId.ToString()),
        ], "test"));
        var claims = Validate(ServiceTokenHandler.MintFor(user, Minter, TimeSpan.FromMinutes(5), Audiences.SupplierRegistry));
        Assert.Equal([Roles.Supplier], claims.FindAll("role").Select(c => c.Value));
        Assert.Equal(supplierId.ToString(), claims.FindFirstValue("supplier_id"));
    }

    [Fact]
    public void MintFor_AnotherService_IsNotValidForThisOne()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "user-42"), new Claim(ClaimTypes.Role, Roles.Admin)], "test"));
        Assert.ThrowsAny<SecurityTokenInvalidAudienceException>(() => Validate(ServiceTokenHandler.MintFor(user, Minter, TimeSpan.FromMinutes(5), Audiences.RiskScoring)));
    }

    [Fact]
    public void Mint_WrongKey_DoesNotValidate()
    {
        var other = new ServiceTokenMinter(Options.Create(new AuthOptions { SigningKey = new string('x', 64) }), Time);
        Assert.ThrowsAny<SecurityTokenException>(() => Validate(other.Mint("someone", [Roles.Admin], null, TimeSpan.FromMinutes(5), Audiences.SupplierRegistry)));
    }
}
