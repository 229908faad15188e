using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.ServiceDefaults.Auth;

namespace SupplierDD.RiskScoring.Projection;

public static class ProjectionApi
{
    public sealed record ProjectionStatus(int Suppliers, int Facilities, int Links, int PendingScoring, DateTimeOffset? LastUpdate);
    public sealed record RebuildQueued(string JobId);

    public static IEndpointRouteBuilder MapProjectionApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/projection", Status).WithTags("Projection").RequireAuthorization(Policies.Internal)
            .WithSummary("How much of the registry risk scoring holds, and how many suppliers wait to be scored");
        app.MapPost("/api/projection/rebuild", Rebuild).WithTags("Projection").RequireAuthorization(Policies.Admin)
            .WithSummary("Reads every supplier and link from the registry's snapshot routes into the projection (a background job)")
            .WithDescription("Use when the projection fell behind (e.g. messages lost in an outage). Newer data is never overwritten: versions decide. The same job runs nightly (Jobs:ProjectionReconcileCron). 409 while a rebuild runs (on any replica).");
        return app;
    }

    static async Task<Ok<ProjectionStatus>> Status(RiskDbContext db, CancellationToken ct) => TypedResults.Ok(new ProjectionStatus(
        await db.Suppliers.CountAsync(s => s.Version > 0, ct), await db.Facilities.CountAsync(ct), await db.Links.CountAsync(l => !l.Removed, ct),
        await db.ScoringRequests.CountAsync(ct), await db.Suppliers.MaxAsync(s => (DateTimeOffset?)s.UpdatedAt, ct)));

    static async Task<Results<Accepted<RebuildQueued>, ProblemHttpResult>> Rebuild(HttpContext http, JobLock locks, CancellationToken ct)
    {
        // The job itself takes the lease (of two queued at once, one runs and the other skips); this tells the caller at once.
        if (await locks.IsHeldAsync(JobLock.ProjectionRebuild, ct))
            return TypedResults.Problem(title: "A projection rebuild is already running", detail: "Try again when it has finished (see GET /api/projection).",
                statusCode: StatusCodes.Status409Conflict);
        // Resolved only to queue: a 409 never touches Hangfire's storage.
        var jobs = http.RequestServices.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Enqueue<ProjectionRebuild>(job => job.RunAsync(CancellationToken.None));
        return TypedResults.Accepted("/api/projection", new RebuildQueued(id));
    }
}
