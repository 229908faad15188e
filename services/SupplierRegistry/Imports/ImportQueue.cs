using System.Threading.Channels;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>Jobs waiting for the import worker, in upload order.</summary>
public sealed class ImportQueue
{
    readonly Channel<Guid> jobs = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid jobId) => jobs.Writer.TryWrite(jobId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken ct) => jobs.Reader.ReadAllAsync(ct);
}
