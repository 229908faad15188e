using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupplierDD.Web.BackOffice;

/// <summary>The back-office pages for internal users: dashboard, suppliers, imports, supply-chain graph.</summary>
public static class BackOfficeSetup
{
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BackOfficeOptions>().BindConfiguration(BackOfficeOptions.Section)
            .PostConfigure(RiskRegions.Normalize)
            .ValidateDataAnnotations()
            .Validate(RiskRegions.AllKnown, "BackOffice:HighRiskRegions must hold ISO 3166-2 region codes such as CN-XJ.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RiskRegions>();
        builder.Services.AddScoped<SupplyChainGraphs>();

        // Everything in the back-office reads with an internal role (the root folder's policy); writing needs procurement.
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AddFolderApplicationModelConvention("/Suppliers", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: false)));
            o.Conventions.AddFolderApplicationModelConvention("/Imports", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: false)));
            o.Conventions.AddPageApplicationModelConvention("/Suppliers/New", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: true)));
            o.Conventions.AddPageApplicationModelConvention("/Suppliers/Edit", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: true)));
            o.Conventions.AddPageApplicationModelConvention("/Imports/Index", page => page.Filters.Add(new ImportUploadLimits()));
        });
        return builder;
    }

    /// <summary>Nothing to add to the pipeline: the back-office's JSON comes from named page handlers, under the pages' own policies.</summary>
    public static WebApplication UseBackOffice(this WebApplication app) => app;
}
