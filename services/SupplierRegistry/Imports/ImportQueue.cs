using System.Threading.Channels;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>
/// Wakes this replica's import worker when an upload was accepted here, so the job starts at once. Only a hint:
/// the jobs themselves are claimed from the database, and jobs accepted by another replica are found by polling.
/// </summary>
public sealed class ImportQueue
{
    readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => signals.Writer.TryWrite(true);

    /// <summary>Returns when woken or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await signals.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Timed out: time to poll.
        }
    }
}
