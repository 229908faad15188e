using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Pages.Risk;

namespace SupplierDD.Web.BackOffice;

/// <summary>The back-office pages for internal users: dashboard, suppliers, imports, supply-chain graph, risk.</summary>
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
        builder.Services.AddScoped<UserNames>();

        // Everything in the back-office reads with an internal role (the root folder's policy); writing needs procurement.
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AddFolderApplicationModelConvention("/Suppliers", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: false)));
            o.Conventions.AddFolderApplicationModelConvention("/Imports", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: false)));
            o.Conventions.AddPageApplicationModelConvention("/Suppliers/New", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: true)));
            o.Conventions.AddPageApplicationModelConvention("/Suppliers/Edit", page => page.Filters.Add(new ProcurementOnlyFilter(includeReads: true)));
            o.Conventions.AddPageApplicationModelConvention("/Imports/Index", page => page.Filters.Add(new ImportUploadLimits()));

            // Risk: every internal role reads (the ad-hoc check is a read too); decisions need a risk analyst, the audit
            // log needs one even to read (as the risk service does), and importing entity lists needs an admin.
            o.Conventions.AddPageApplicationModelConvention("/Risk/Supplier", page => page.Filters.Add(new RiskPolicyFilter(WebPolicies.RiskAnalyst, includeReads: false)));
            o.Conventions.AddPageApplicationModelConvention("/Risk/Hits", page => page.Filters.Add(new RiskPolicyFilter(WebPolicies.RiskAnalyst, includeReads: false)));
            o.Conventions.AddPageApplicationModelConvention("/Risk/Audit", page => page.Filters.Add(new RiskPolicyFilter(WebPolicies.RiskAnalyst, includeReads: true)));
            o.Conventions.AddPageApplicationModelConvention("/Risk/Lists", page => page.Filters.Add(new RiskPolicyFilter(WebPolicies.Admin, includeReads: false)));
        });
        return builder;
    }

    /// <summary>Nothing to add to the pipeline: the back-office's JSON comes from named page handlers, under the pages' own policies.</summary>
    public static WebApplication UseBackOffice(this WebApplication app) => app;
}
