using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Razor;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.ServiceDefaults.Http;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Hosting;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web;

public static class Extensions
{
    /// <summary>Health, telemetry and the identity store: the Web app's only database.</summary>
    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        builder.AddHealth();
        builder.AddTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddProviderDatabase<WebDbContext, SqlServerWebDbContext, PostgresWebDbContext, SqliteWebDbContext>("WebDb");
        // Cookies and antiforgery tokens are encrypted with keys kept in the identity store, so they survive
        // restarts and every replica can read what another wrote.
        builder.Services.AddDataProtection().SetApplicationName("SupplierDD.Web").PersistKeysToDbContext<WebDbContext>();
        builder.Services.AddOptions<List<SeedAccount>>().BindConfiguration("SeedAccounts");
        builder.Services.AddHostedService<SeededAccounts>();
        return builder;
    }

    /// <summary>Refit clients for the services; each call carries a token minted for the signed-in user.</summary>
    public static WebApplicationBuilder AddServiceClients(this WebApplicationBuilder builder)
    {
        builder.AddServiceTokenMinting();
        builder.Services.AddHttpContextAccessor();
        // Each client's tokens carry the audience of the service it calls.
        builder.Services.AddServiceClient<IRegistryApi>("SupplierRegistry")
            .AddHttpMessageHandler(sp => ActivatorUtilities.CreateInstance<ServiceTokenHandler>(sp, Audiences.SupplierRegistry));
        builder.Services.AddServiceClient<IRiskApi>("RiskScoring")
            .AddHttpMessageHandler(sp => ActivatorUtilities.CreateInstance<ServiceTokenHandler>(sp, Audiences.RiskScoring));
        return builder;
    }

    /// <summary>Razor Pages: the back-office for internal users, /portal for supplier users, /account for everyone.</summary>
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.AddCultures();
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        builder.Services.AddRazorPages(o =>
            {
                // Everything outside /Portal is the back-office (a folder policy on "/" would reach into /Portal too,
                // and a supplier user would then need both policies).
                o.Conventions.AddFolderApplicationModelConvention("/", page =>
                {
                    if (!page.ViewEnginePath.StartsWith("/Portal/", StringComparison.OrdinalIgnoreCase))
                        page.EndpointMetadata.Add(new AuthorizeAttribute(WebPolicies.Internal));
                });
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Language");
                o.Conventions.AuthorizeFolder("/Portal", WebPolicies.SupplierUser);
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sdd.antiforgery";
            o.FormFieldName = "__RequestVerificationToken";
        });
        return builder;
    }

    public static WebApplication UseWebDefaults(this WebApplication app)
    {
        app.UseErrorPages();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        return app;
    }
}
