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
        builder.Services.AddAuthOptions()
            .Validate(o => !string.IsNullOrWhiteSpace(o.Audience), "Auth:Audience is required: the audience this service accepts, e.g. supplierdd-registry.");

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = AuthOptions.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKeys = ServiceIdentityRules.SigningKeys(auth.Value),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = ClaimNames.Subject,
                    RoleClaimType = ClaimNames.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                jwt.Events = new JwtBearerEvents { OnTokenValidated = ServiceIdentityRules.OnTokenValidated };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Internal, p => p.RequireRole(Roles.Procurement, Roles.RiskAnalyst, Roles.Admin))
            .AddPolicy(Policies.Procurement, p => p.RequireRole(Roles.Procurement, Roles.Admin))
            .AddPolicy(Policies.RiskAnalyst, p => p.RequireRole(Roles.RiskAnalyst, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.InternalOrService, p => p.RequireAssertion(context =>
                context.User.IsInRole(Roles.Procurement) || context.User.IsInRole(Roles.RiskAnalyst) || context.User.IsInRole(Roles.Admin)
                || context.User.FindAll(ClaimNames.Role).Any(r => r.Value.StartsWith(Roles.ServicePrefix, StringComparison.Ordinal))))
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
        builder.Services.AddAuthOptions();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ServiceTokenMinter>();
        return builder;
    }

    /// <summary>
    /// For a service that calls another as itself (risk scoring reading the registry's snapshots): requires
    /// <c>Auth:Identity</c> and registers <see cref="ServiceIdentityMinter"/>, which signs with that key only.
    /// </summary>
    public static WebApplicationBuilder AddServiceIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthOptions()
            .Validate(o => o.Identity is { Name.Length: > 0 }, "Auth:Identity:Name and Auth:Identity:SigningKey are required: this service calls others as itself.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ServiceIdentityMinter>();
        return builder;
    }

    static OptionsBuilder<AuthOptions> AddAuthOptions(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        return services.AddOptions<AuthOptions>().BindConfiguration("Auth").ValidateOnStart();
    }

    /// <summary>The caller's id for audit fields (<c>sub</c> claim), or "anonymous".</summary>
    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimNames.Subject) ?? "anonymous";

    /// <summary>The supplier a supplier user belongs to, if any.</summary>
    public static Guid? SupplierId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimNames.SupplierId), out var id) ? id : null;
}
