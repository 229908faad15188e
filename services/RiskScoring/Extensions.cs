using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Scoring.Model;
using SupplierDD.RiskScoring.Screening;
using SupplierDD.RiskScoring.Screening.Matching;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Http;
using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.RiskScoring;

public static class Extensions
{
    public static WebApplicationBuilder AddRiskScoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScoringSignal>();
        builder.Services.AddSingleton<ScoringSignalInterceptor>();
        builder.AddServiceDatabase<RiskDbContext, SqlServerRiskDbContext, PostgresRiskDbContext, SqliteRiskDbContext>("RiskScoringDb",
            (sp, o) => o.AddInterceptors(sp.GetRequiredService<ScoringSignalInterceptor>()));
        builder.AddServiceMessaging("risk-scoring", bus =>
        {
            bus.AddConsumer<SupplierRegisteredConsumer>(RegistryConsumerBatching.Configure);
            bus.AddConsumer<SupplierUpdatedConsumer>(RegistryConsumerBatching.Configure);
            bus.AddConsumer<SupplierStatusChangedConsumer>(RegistryConsumerBatching.Configure);
            bus.AddConsumer<SupplyLinkAddedConsumer>(RegistryConsumerBatching.Configure);
            bus.AddConsumer<SupplyLinkRemovedConsumer>(RegistryConsumerBatching.Configure);
        });
        builder.AddProjection();
        builder.AddScreening();
        builder.AddScoring();
        builder.AddReassessment();
        builder.AddJobs("RiskScoringDb");
        return builder;
    }

    static void AddProjection(this WebApplicationBuilder builder)
    {
        builder.AddServiceIdentity();
        builder.Services.AddTransient<ServiceIdentityHandler>();
        builder.Services.AddServiceClient<IRegistrySnapshots>("SupplierRegistry").AddHttpMessageHandler<ServiceIdentityHandler>();
        builder.Services.AddOptions<ProjectionOptions>().BindConfiguration(ProjectionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<JobLock>();
        builder.Services.AddSingleton<ProjectionRebuild>();
    }

    static void AddScreening(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration("Screening:Matching").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ScreeningIndexCache>();
    }

    static void AddScoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RiskModelOptions>().BindConfiguration(RiskModelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The model's factors: a new source of facts registers its factor here (and its weight under RiskModel:Weights).
        foreach (var factor in RiskFactors.BuiltIn()) builder.Services.AddSingleton(factor);
        builder.Services.AddSingleton<RiskEngineFactory>();
        builder.Services.AddSingleton<RiskGraphState>();
        // The scoring loop's three jobs, one class each (Scoring/ScoringSeed.cs, ListRescreen.cs, ScoringQueueDrain.cs).
        builder.Services.AddSingleton<ScoreWrites>();
        builder.Services.AddSingleton<ScoringSeed>();
        builder.Services.AddSingleton<ListRescreen>();
        builder.Services.AddSingleton<ScoringQueueDrain>();
        builder.Services.AddHostedService<ScoringWorker>();
    }

    static void AddReassessment(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReassessmentOptions>().BindConfiguration(ReassessmentOptions.Section).ValidateDataAnnotations()
            .Validate(o => Cron.IsValid(o.Cron), "Reassessment:Cron is not a cron expression (e.g. \"0 3 * * *\").")
            .ValidateOnStart();
        builder.Services.AddSingleton<ReassessmentJob>();
    }
}
