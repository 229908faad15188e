using Microsoft.Extensions.Http.Resilience;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Http;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.RiskScoring;

public static class Extensions
{
    public static WebApplicationBuilder AddRiskScoring(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<RiskDbContext, SqlServerRiskDbContext, PostgresRiskDbContext, SqliteRiskDbContext>("RiskScoringDb");
        builder.AddServiceMessaging("risk-scoring", bus =>
        {
            bus.AddConsumer<SupplierRegisteredConsumer>();
            bus.AddConsumer<SupplierUpdatedConsumer>();
            bus.AddConsumer<SupplierStatusChangedConsumer>();
            bus.AddConsumer<SupplyLinkAddedConsumer>();
            bus.AddConsumer<SupplyLinkRemovedConsumer>();
        });
        builder.AddProjection();
        builder.AddReassessment();
        builder.AddJobs("RiskScoringDb");
        return builder;
    }

    static void AddProjection(this WebApplicationBuilder builder)
    {
        builder.AddServiceTokenMinting();
        builder.Services.AddTransient<ServiceIdentityHandler>();
        builder.Services.AddServiceClient<IRegistrySnapshots>("SupplierRegistry").AddHttpMessageHandler<ServiceIdentityHandler>();
        builder.Services.AddSingleton<ProjectionRebuild>();
    }

    static void AddReassessment(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReassessmentOptions>().BindConfiguration(ReassessmentOptions.Section).ValidateDataAnnotations()
            .Validate(o => Cron.IsValid(o.Cron), "Reassessment:Cron is not a cron expression (e.g. \"0 3 * * *\").")
            .ValidateOnStart();
        builder.Services.AddSingleton<ReassessmentJob>();
    }
}
