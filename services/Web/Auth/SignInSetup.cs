using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Auth;

/// <summary>Policies of the Web app's pages.</summary>
public static class WebPolicies
{
    /// <summary>Procurement, risk analysts and admins: the back-office.</summary>
    public const string Internal = Policies.Internal;
    /// <summary>Procurement or admin: writes to the registry, invitations.</summary>
    public const string Procurement = Policies.Procurement;
    /// <summary>Risk analyst or admin: score reviews, screening decisions, the audit log.</summary>
    public const string RiskAnalyst = Policies.RiskAnalyst;
    /// <summary>Admin only.</summary>
    public const string Admin = Policies.Admin;
    /// <summary>A supplier's user (role supplier with a supplier_id): the portal.</summary>
    public const string SupplierUser = "supplier-user";
}

/// <summary>Cookie sign-in on ASP.NET Core Identity, idle and absolute timeouts, optional OpenID Connect.</summary>
public static class SignInSetup
{
    const string SignedInAtKey = "sdd.signed_in_at";

    public static void AddSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SessionOptions>().BindConfiguration("Auth:Session").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OidcOptions>().BindConfiguration("Auth:Oidc");

        builder.Services.AddIdentityCore<WebUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WebDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<WebClaimsFactory>();

        var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionOptions>>((cookie, session) =>
            {
                cookie.Cookie.Name = "sdd.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/account/login";
                cookie.LogoutPath = "/account/logout";
                cookie.AccessDeniedPath = "/account/access-denied";
                cookie.ExpireTimeSpan = session.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.Events.OnSigningIn = MarkSignInTime;
                cookie.Events.OnValidatePrincipal = context => EnforceAbsoluteTimeout(context, session.Value);
                cookie.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
            });

        var oidc = builder.Configuration.GetSection("Auth:Oidc").Get<OidcOptions>() ?? new OidcOptions();
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OidcSignIn.Scheme, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.Scope.Add("email");
                o.Scope.Add("profile");
                o.SignInScheme = IdentityConstants.ApplicationScheme;
                o.CallbackPath = "/signin-oidc";
                o.SignedOutCallbackPath = "/signout-callback-oidc";
                o.Events.OnTokenValidated = context => OidcSignIn.OnTokenValidated(context, oidc);
            });
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WebPolicies.Internal, p => p.RequireRole(Roles.Procurement, Roles.RiskAnalyst, Roles.Admin))
            .AddPolicy(WebPolicies.Procurement, p => p.RequireRole(Roles.Procurement, Roles.Admin))
            .AddPolicy(WebPolicies.RiskAnalyst, p => p.RequireRole(Roles.RiskAnalyst, Roles.Admin))
            .AddPolicy(WebPolicies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(WebPolicies.SupplierUser, p => p.RequireRole(Roles.Supplier).RequireClaim(ClaimNames.SupplierId));
    }

    static Task MarkSignInTime(CookieSigningInContext context)
    {
        // Refreshes (sliding expiry, security-stamp checks) keep the original time; only a new sign-in sets it.
        if (!context.Properties.Items.ContainsKey(SignedInAtKey))
            context.Properties.Items[SignedInAtKey] = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    static async Task EnforceAbsoluteTimeout(CookieValidatePrincipalContext context, SessionOptions session)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var value) || !long.TryParse(value, out var seconds)
            || DateTimeOffset.FromUnixTimeSeconds(seconds) + session.AbsoluteTimeout < time.GetUtcNow())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Pages go to the sign-in page (the portal's for portal pages) and back; scripts get a status code.</summary>
    static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int statusForScripts)
    {
        var request = context.Request;
        if (request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true)
            || request.Headers.XRequestedWith == "fetch")
        {
            context.Response.StatusCode = statusForScripts;
            return Task.CompletedTask;
        }
        var target = context.RedirectUri;
        if (statusForScripts == StatusCodes.Status401Unauthorized && request.Path.StartsWithSegments("/portal"))
            target = "/portal/login" + new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute) switch
            {
                { IsAbsoluteUri: true } uri => uri.Query,
                var relative => relative.OriginalString.Contains('?') ? relative.OriginalString[relative.OriginalString.IndexOf('?')..] : "",
            };
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
