using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Auth;

/// <summary>Claims the Web app's sign-in cookie carries besides Identity's own (id, name, roles, security stamp).</summary>
public static class WebClaims
{
    public const string DisplayName = "display_name";
    public const string Language = "language";

    public static Guid? SupplierId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimNames.SupplierId), out var id) ? id : null;

    public static string Name(ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
}

/// <summary>Adds supplier id, display name and language to the principal Identity builds at sign-in.</summary>
public sealed class WebClaimsFactory(UserManager<WebUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WebUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WebUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WebClaims.DisplayName, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.UserName ?? ""));
        identity.AddClaim(new Claim(WebClaims.Language, user.Language));
        if (user.SupplierId is { } supplierId) identity.AddClaim(new Claim(ClaimNames.SupplierId, supplierId.ToString()));
        return identity;
    }
}
