using Microsoft.EntityFrameworkCore;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// The background loop that keeps screening and scores current; each job is its own class:
/// <see cref="ScoringSeed"/> once at start, then, in a loop, <see cref="ListRescreen"/> (a list has a new version) and
/// <see cref="ScoringQueueDrain"/> (suppliers queued by a change), sleeping until <see cref="ScoringSignal"/> or the next poll.
/// </summary>
public sealed class ScoringWorker(
    ScoringSeed seed, ListRescreen rescreen, ScoringQueueDrain drain, RiskGraphState state, ScoringSignal signal, ILogger<ScoringWorker> logger) : BackgroundService
{
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await seed.RunAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
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
