using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>JWT bearer validation with SupplierDD's roles and policies.</summary>
public static class AuthExtensions
{
    internal static void AddServiceAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration("Auth").ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = AuthOptions.IssuerAndAudience,
                    ValidAudience = AuthOptions.IssuerAndAudience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.Value.SigningKey)),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = ClaimNames.Subject,
                    RoleClaimType = ClaimNames.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Internal, p => p.RequireRole(Roles.Procurement, Roles.RiskAnalyst, Roles.Admin))
            .AddPolicy(Policies.Procurement, p => p.RequireRole(Roles.Procurement, Roles.Admin))
            .AddPolicy(Policies.RiskAnalyst, p => p.RequireRole(Roles.RiskAnalyst, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.InternalOrOwnSupplier, p => p.RequireAssertion(context =>
                context.User.IsInRole(Roles.Procurement) || context.User.IsInRole(Roles.RiskAnalyst) || context.User.IsInRole(Roles.Admin)
                || (context.User.IsInRole(Roles.Supplier) && context.User.SupplierId() is { } own
                    && context.Resource is HttpContext http && Guid.TryParse(http.GetRouteValue("id")?.ToString(), out var id) && id == own)));
    }

    /// <summary>
    /// For the Web app, which signs users in itself and forwards tokens to the services: binds <c>Auth</c>
    /// (the same required signing key) and registers <see cref="ServiceTokenMinter"/>.
    /// </summary>
    public static WebApplicationBuilder AddServiceTokenMinting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration("Auth").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceTokenMinter>();
        return builder;
    }

    /// <summary>The caller's id for audit fields (<c>sub</c> claim), or "anonymous".</summary>
    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimNames.Subject) ?? "anonymous";

    /// <summary>The supplier a supplier user belongs to, if any.</summary>
    public static Guid? SupplierId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimNames.SupplierId), out var id) ? id : null;
}
