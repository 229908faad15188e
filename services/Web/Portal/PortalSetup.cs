using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Email;

namespace SupplierDD.Web.Portal;

/// <summary>The supplier portal: invitations, one-time links, email, rate limits.</summary>
public static class PortalSetup
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>().BindConfiguration("Portal").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PortalRateLimitOptions>().BindConfiguration("Portal:RateLimit").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PublicUrlOptions>().BindConfiguration("Web").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddEmail();

        builder.Services.AddSingleton<FailedAttempts>();
        builder.Services.AddScoped<PortalLinks>();
        builder.Services.AddScoped<PortalEmails>();
        builder.Services.AddScoped<PortalInvitations>();

        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            // Reached by people who are not signed in yet (the rest of /Portal needs a supplier user).
            o.Conventions.AllowAnonymousToPage("/Portal/Login");
            o.Conventions.AllowAnonymousToPage("/Portal/RequestLink");
            o.Conventions.AllowAnonymousToPage("/Portal/SetUp");
            o.Conventions.AllowAnonymousToPage("/Portal/SignInLink");
            o.Conventions.AuthorizePage("/Suppliers/Invite", WebPolicies.Procurement);
        });
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app) => app;
}
