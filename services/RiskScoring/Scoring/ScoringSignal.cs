namespace SupplierDD.RiskScoring.Scoring;

/// <summary>Wakes the <see cref="ScoringWorker"/> as soon as this process queued work (other processes' work is found by polling).</summary>
public sealed class ScoringSignal
{
    readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount > 0) return;
        try { signal.Release(); } catch (SemaphoreFullException) { }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);
}
