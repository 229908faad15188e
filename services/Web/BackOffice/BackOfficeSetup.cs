namespace SupplierDD.Web.BackOffice;

/// <summary>The back-office pages for internal users: dashboard, suppliers, imports, supply-chain graph.</summary>
public static class BackOfficeSetup
{
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder) => builder;

    public static WebApplication UseBackOffice(this WebApplication app) => app;
}
