using SupplierDD.ServiceDefaults.Messaging;

namespace SupplierDD.ServiceDefaults.Tests;

public sealed class BulkWriteGateTests
{
    [Fact]
    public async Task WaitForIdle_NoBulkWork_ReturnsAtOnce()
    {
        var gate = new BulkWriteGate();
        var wait = gate.WaitForIdleAsync(TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.True(wait.IsCompleted);
        await wait;
        Assert.False(gate.IsBusy);
    }

    [Fact]
    public async Task WaitForIdle_WhileBulkWorkRuns_WaitsUntilTheLastOneEnds()
    {
        var gate = new BulkWriteGate();
        var first = gate.Enter();
        var second = gate.Enter();
        var wait = gate.WaitForIdleAsync(TimeSpan.FromMinutes(5), CancellationToken.None);

        first.Dispose();
        first.Dispose(); // disposing twice must not end the other one's bulk work
        await Task.Delay(50);
        Assert.False(wait.IsCompleted);
        Assert.True(gate.IsBusy);

        second.Dispose();
        await wait.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(gate.IsBusy);
    }

    [Fact]
    public async Task WaitForIdle_BulkWorkOutlastsTheTimeout_ReturnsAfterTheTimeout()
    {
        var gate = new BulkWriteGate();
        using var work = gate.Enter();
        await gate.WaitForIdleAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(gate.IsBusy);
    }

    [Fact]
    public async Task WaitForIdle_Cancelled_Throws()
    {
        var gate = new BulkWriteGate();
        using var work = gate.Enter();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.WaitForIdleAsync(TimeSpan.FromMinutes(5), cts.Token));
    }
}
