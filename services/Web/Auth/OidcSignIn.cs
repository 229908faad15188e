using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Auth;

/// <summary>
/// Signs an internal user in through the OpenID Connect provider: the provider proves who they are and
/// which groups they are in; a local account (linked by the provider's subject) holds their SupplierDD
/// roles, refreshed from the provider at every sign-in, so the session works like a local one.
/// </summary>
public static class OidcSignIn
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;
    static readonly string[] InternalRoles = [Roles.Procurement, Roles.RiskAnalyst, Roles.Admin];

    /// <summary>SupplierDD roles from the provider's role/group claims (never <c>supplier</c>: supplier users are invited).</summary>
    public static IReadOnlyList<string> MapRoles(IEnumerable<Claim> claims, OidcOptions options) =>
        claims.Where(c => c.Type == options.RoleClaim || c.Type == ClaimTypes.Role)
            .Select(c => options.RoleMap.TryGetValue(c.Value, out var mapped) ? mapped : c.Value)
            .Where(r => InternalRoles.Contains(r, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    internal static async Task OnTokenValidated(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context, OidcOptions options)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<WebUser>>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn));
        var external = context.Principal!;
        var subject = external.FindFirstValue("sub") ?? external.FindFirstValue(ClaimTypes.NameIdentifier);
        var email = external.FindFirstValue("email") ?? external.FindFirstValue(ClaimTypes.Email);
        var roles = MapRoles(external.Claims, options);
        if (subject is null || roles.Count == 0)
        {
            logger.LogWarning("Single sign-on refused for subject {Subject}: no SupplierDD role in claim {Claim}", subject, options.RoleClaim);
            context.HandleResponse();
            context.Response.Redirect("/account/access-denied?reason=no-role");
            return;
        }

        var user = await users.FindByLoginAsync(Scheme, subject);
        if (user is null && email is not null && await users.FindByEmailAsync(email) is { SupplierId: null } byEmail) user = byEmail;
        if (user is null)
        {
            user = new WebUser
            {
                UserName = email ?? $"{subject}@{Scheme}", Email = email, EmailConfirmed = email is not null,
                DisplayName = external.FindFirstValue("name") ?? email ?? subject, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Scheme,
            };
            Ensure(await users.CreateAsync(user));
        }
        if (user.SupplierId is not null)
        {
            context.HandleResponse();
            context.Response.Redirect("/account/access-denied?reason=supplier-account");
            return;
        }
        if ((await users.GetLoginsAsync(user)).All(l => l.LoginProvider != Scheme))
            Ensure(await users.AddLoginAsync(user, new UserLoginInfo(Scheme, subject, options.DisplayName)));

        var current = await users.GetRolesAsync(user);
        Ensure(await users.RemoveFromRolesAsync(user, current.Except(roles).ToList()));
        Ensure(await users.AddToRolesAsync(user, roles.Except(current).ToList()));

        var signIn = services.GetRequiredService<SignInManager<WebUser>>();
        context.Principal = await signIn.CreateUserPrincipalAsync(user);
    }

    static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Single sign-on could not update the local account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
