namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>
/// Marks bulk work (a CSV import) running in this process. While it runs the outbox dispatcher
/// publishes at a reduced pace (<see cref="OutboxOptions.PaceDuringBulkWrites"/>) instead of competing
/// with it for the same cores and database; once the last bulk work ends the dispatcher is woken
/// and drains at full speed. Events still flow during the import, just fewer per second.
/// </summary>
public sealed class BulkWriteGate
{
    readonly Lock sync = new();
    int running;
    TaskCompletionSource idle = NewIdle();

    /// <summary>True while any bulk work runs.</summary>
    public bool IsBusy => Volatile.Read(ref running) > 0;

    /// <summary>Starts bulk work; dispose the result when it ends (also on failure).</summary>
    public IDisposable Enter()
    {
        lock (sync)
        {
            if (running++ == 0) idle = NewIdle();
        }
        return new Exit(this);
    }

    /// <summary>Waits until no bulk work runs, the timeout passes or the token is cancelled.</summary>
    public async Task WaitForIdleAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task idleTask;
        lock (sync)
        {
            if (running == 0) return;
            idleTask = idle.Task;
        }
        await idleTask.WaitAsync(timeout, cancellationToken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
    }

    void Leave()
    {
        lock (sync)
        {
            if (--running == 0) idle.TrySetResult();
        }
    }

    static TaskCompletionSource NewIdle() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    sealed class Exit(BulkWriteGate gate) : IDisposable
    {
        int disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) gate.Leave();
        }
    }
}
