namespace SupplierDD.Web.Portal;

/// <summary>The supplier portal: invitations, one-time links, email, rate limits.</summary>
public static class PortalSetup
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder) => builder;

    public static WebApplication UsePortal(this WebApplication app) => app;
}
