using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Projection;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// Start-up of scoring, once per process: imports the bundled entity list if none exists and, when the projection is
/// empty, reads it from the registry. Tried a few times, since the database may still be starting.
/// </summary>
public sealed class ScoringSeed(IServiceScopeFactory scopes, ProjectionRebuild rebuild, IOptions<ProjectionOptions> projection, TimeProvider time, ILogger<ScoringSeed> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
                await DefaultLists.EnsureAsync(db, time, logger, ct);
                if (projection.Value.RebuildWhenEmpty && !await db.Suppliers.AnyAsync(ct)) await TryRebuildAsync(ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 5)
            {
                logger.LogWarning(e, "Start-up of scoring failed (attempt {Attempt}); trying again", attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt * 2), ct);
            }
        }
    }

    async Task TryRebuildAsync(CancellationToken ct)
    {
        try
        {
            await rebuild.RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Events still fill the projection; the nightly reconciliation (Hangfire) tries again.
            logger.LogWarning(e, "The projection is empty and the registry could not be read; continuing with events only");
        }
    }
}
