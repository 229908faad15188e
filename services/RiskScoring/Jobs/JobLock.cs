using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Jobs;

/// <summary>
/// A lock held in the database, so it holds across replicas: <see cref="TryAcquireAsync"/> claims the job's
/// <see cref="JobLease"/> row with an UPDATE that only succeeds while the lease is expired — the database checks the
/// condition under the row's lock, so of two claimers exactly one wins. The holder renews the lease while it works and
/// frees it when done; a holder that dies frees it by expiry. Works the same on SQL Server, PostgreSQL and SQLite.
/// </summary>
public sealed class JobLock(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>The lease of the projection rebuild (the API's manual run and the nightly reconciliation alike).</summary>
    public const string ProjectionRebuild = "projection-rebuild";

    /// <summary>The lease of the scoring worker: one replica keeps the graph in memory and drains the queue, the others stand by.</summary>
    public const string ScoringWorker = "scoring-worker";

    DateTimeOffset Now => time.GetUtcNow();

    static readonly string Host = Environment.MachineName.Length > 40 ? Environment.MachineName[..40] : Environment.MachineName;

    /// <summary>The held lease, or null when another run holds it. Dispose the lease to free the job.</summary>
    public async Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct)
    {
        var holder = $"{Host}:{Guid.NewGuid():N}";
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        await EnsureRowAsync(db, name, ct);
        var now = time.GetUtcNow();
        var claimed = await db.JobLeases.Where(l => l.Name == name && l.ExpiresAt < now)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, now + duration), ct);
        return claimed == 1 ? new Lease(this, name, holder, duration) : null;
    }

    /// <summary>True while some run holds the job's lease.</summary>
    public async Task<bool> IsHeldAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = time.GetUtcNow();
        return await scope.ServiceProvider.GetRequiredService<RiskDbContext>().JobLeases.AnyAsync(l => l.Name == name && l.ExpiresAt >= now, ct);
    }

    static async Task EnsureRowAsync(RiskDbContext db, string name, CancellationToken ct)
    {
        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct)) return;
        db.JobLeases.Add(new JobLease { Name = name, ExpiresAt = DateTimeOffset.UnixEpoch });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another claimer inserted it first: the row is there, which is all this wanted.
        }
        db.ChangeTracker.Clear();
    }

    async Task<bool> UpdateIfHolderAsync(string name, string holder, DateTimeOffset expiresAt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        return await db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAt, expiresAt), ct) == 1;
    }

    /// <summary>A held lease: renew it while working (at least once per duration); dispose to free the job.</summary>
    public sealed class Lease(JobLock owner, string name, string holder, TimeSpan duration) : IAsyncDisposable
    {
        public string Holder => holder;

        /// <summary>Extends the lease; false when it was lost (it expired and another run claimed it).</summary>
        public Task<bool> RenewAsync(CancellationToken ct) => owner.UpdateIfHolderAsync(name, holder, owner.Now + duration, ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await owner.UpdateIfHolderAsync(name, holder, owner.Now.AddSeconds(-1), CancellationToken.None);
            }
            catch (Exception)
            {
                // Not freed now (database unreachable): the expiry frees it.
            }
        }
    }
}
