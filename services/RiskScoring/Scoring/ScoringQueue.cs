using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// A supplier whose risk must be computed again (and, with <see cref="Rescreen"/>, its names screened again).
/// Written in the same SaveChanges as the change that caused it, so no change is lost between commit and scoring;
/// <see cref="ScoringWorker"/> drains it.
/// </summary>
public sealed class ScoringRequest
{
    public Guid SupplierId { get; set; }
    public bool Rescreen { get; set; }
    /// <summary>Concurrency token: the worker deletes only requests it has seen, so a newer request survives.</summary>
    public DateTimeOffset RequestedAt { get; set; }
}

public static class ScoringQueue
{
    /// <summary>Asks for <paramref name="supplierId"/> to be scored (and screened) again; merges with a pending request.</summary>
    public static async Task RequestAsync(RiskDbContext db, Guid supplierId, bool rescreen, DateTimeOffset now, CancellationToken ct)
    {
        var pending = db.ScoringRequests.Local.FirstOrDefault(r => r.SupplierId == supplierId)
            ?? await db.ScoringRequests.FirstOrDefaultAsync(r => r.SupplierId == supplierId, ct);
        if (pending is null)
        {
            db.ScoringRequests.Add(new ScoringRequest { SupplierId = supplierId, Rescreen = rescreen, RequestedAt = now });
            return;
        }
        pending.Rescreen |= rescreen;
        pending.RequestedAt = now > pending.RequestedAt ? now : pending.RequestedAt.AddTicks(1);
    }
}
