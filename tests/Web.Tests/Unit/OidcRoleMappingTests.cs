using System.Security.Claims;
using SupplierDD.Web.Auth;

namespace SupplierDD.Web.Tests.Unit;

public sealed class OidcRoleMappingTests
{
    static readonly OidcOptions Options = new()
    {
        Authority = "https://login.example",
        RoleClaim = "groups",
        RoleMap = new(StringComparer.OrdinalIgnoreCase) { ["SDD-Buyers"] = "procurement", ["sdd-risk"] = "risk-analyst", ["sdd-root"] = "supplier" },
    };

    [Fact]
    public void MapRoles_MapsGroupsAndKeepsRoleNames()
    {
        var roles = OidcSignIn.MapRoles([new Claim("groups", "sdd-buyers"), new Claim("groups", "sdd-risk"), new Claim("groups", "admin"), new Claim("groups", "sales")], Options);
        Assert.Equal(["admin", "procurement", "risk-analyst"], roles);
    }

    [Fact]
    public void MapRoles_NeverGrantsTheSupplierRole()
    {
        Assert.Empty(OidcSignIn.MapRoles([new Claim("groups", "sdd-root"), new Claim("groups", "supplier")], Options));
    }

    [Fact]
    public void MapRoles_IgnoresOtherClaimTypes()
    {
        Assert.Empty(OidcSignIn.MapRoles([new Claim("department", "procurement")], Options));
    }
}
