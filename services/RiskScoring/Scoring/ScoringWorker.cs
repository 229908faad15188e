using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Jobs;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// The background loop that keeps screening and scores current; each job is its own class:
/// <see cref="ScoringSeed"/> once it leads, then, in a loop, <see cref="ListRescreen"/> (a list has a new version) and
/// <see cref="ScoringQueueDrain"/> (suppliers queued by a change), sleeping until <see cref="ScoringSignal"/> or the next poll.
/// The graph it scores lives in this process's memory, so only one replica may drain the shared queue: the worker
/// leads while it holds the <see cref="JobLock.ScoringWorker"/> lease in the database and stands by otherwise. A replica
/// that takes over loads the graph whole before its first batch.
/// </summary>
public sealed class ScoringWorker(
    ScoringSeed seed, ListRescreen rescreen, ScoringQueueDrain drain, RiskGraphState state, ScoringSignal signal, JobLock locks,
    ILogger<ScoringWorker> logger) : BackgroundService
{
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    /// <summary>Longer than any one batch (a full re-score of 100k suppliers takes under a second); renewed every quarter of it.</summary>
    static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);
    static readonly TimeSpan StandbyPoll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            JobLock.Lease? lease;
            try
            {
                lease = await locks.TryAcquireAsync(JobLock.ScoringWorker, LeaseDuration, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not claim the scoring worker's lease; trying again");
                lease = null;
            }
            if (lease is null)
            {
                try { await Task.Delay(StandbyPoll, stoppingToken); }
                catch (OperationCanceledException) { return; }
                continue;
            }
            await using (lease)
            {
                logger.LogInformation("This replica leads scoring ({Holder})", lease.Holder);
                state.Invalidate();
                await LeadAsync(lease, stoppingToken);
            }
        }
    }

    /// <summary>Runs the jobs until the service stops or the lease is lost.</summary>
    async Task LeadAsync(JobLock.Lease lease, CancellationToken stoppingToken)
    {
        await seed.RunAsync(stoppingToken);
        var renewed = DateTime.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTime.UtcNow - renewed > LeaseDuration / 4)
                {
                    if (!await lease.RenewAsync(stoppingToken))
                    {
                        logger.LogWarning("The scoring worker's lease was lost; standing by");
                        return;
                    }
                    renewed = DateTime.UtcNow;
                }
                var worked = await rescreen.RunAsync(stoppingToken) | await drain.RunAsync(stoppingToken);
                if (!worked) await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                // An analyst reviewed a score in this batch meanwhile: the requests are still queued, score them again.
                logger.LogInformation("A score changed while it was being re-scored; scoring the batch again");
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scoring failed; the requests stay queued and are tried again");
                state.Invalidate();
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
