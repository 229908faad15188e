using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.RiskScoring.Jobs;

/// <summary>
/// Hangfire on the service's own database (SQL Server or PostgreSQL storage; in memory with SQLite, where no storage
/// package exists) with the recurring jobs: re-assessment and projection reconciliation. Dashboard at /hangfire, admin only.
/// Either may run on two servers at once: the reconciliation (<see cref="ProjectionRebuild"/>) takes a lease in the
/// database (<see cref="JobLock"/>) and the second run skips; re-assessment is idempotent (one notice per supplier and due date).
/// </summary>
public static class HangfireSetup
{
    public const string ReassessmentJobId = "reassessment";
    public const string ReconcileJobId = "projection-reconcile";

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder, string connectionName)
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations()
            .Validate(o => Cron.IsValid(o.ProjectionReconcileCron), "Jobs:ProjectionReconcileCron is not a cron expression (e.g. \"0 2 * * *\").")
            .ValidateOnStart();
        var provider = builder.Configuration.GetSection("Database").Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connection = builder.Configuration.GetConnectionString(connectionName) ?? "";
        builder.Services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (provider)
            {
                case DatabaseProvider.SqlServer: config.UseSqlServerStorage(connection); break;
                case DatabaseProvider.Postgres: config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connection)); break;
                default: config.UseInMemoryStorage(); break;
            }
        });
        if (builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.ServerEnabled ?? true)
        {
            builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
            builder.Services.AddHostedService<RecurringJobsRegistration>();
        }
        return builder;
    }

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        // Endpoint authorization (a bearer token with the admin role) replaces Hangfire's local-requests-only default.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], DashboardTitle = "SupplierDD risk scoring jobs" })
            .RequireAuthorization(Policies.Admin);
        return app;
    }

    sealed class RecurringJobsRegistration(IRecurringJobManager jobs, IOptions<ReassessmentOptions> reassessment, IOptions<JobsOptions> options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
            jobs.AddOrUpdate<ReassessmentJob>(ReassessmentJobId, job => job.RunAsync(CancellationToken.None), reassessment.Value.Cron, utc);
            jobs.AddOrUpdate<ProjectionRebuild>(ReconcileJobId, job => job.RunAsync(CancellationToken.None), options.Value.ProjectionReconcileCron, utc);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
