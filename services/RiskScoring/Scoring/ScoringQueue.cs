using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// A supplier whose risk must be computed again (and, with <see cref="Rescreen"/>, its names screened again).
/// Written in the same SaveChanges as the change that caused it, so no change is lost between commit and scoring;
/// <see cref="ScoringQueueDrain"/> drains it. Rows are only ever inserted and deleted: two consumers asking for the same
/// supplier at once add two rows rather than fight over one.
/// </summary>
public sealed class ScoringRequest
{
    public long Id { get; set; }
    public Guid SupplierId { get; set; }
    public bool Rescreen { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
}

public static class ScoringQueue
{
    /// <summary>Asks for <paramref name="supplierId"/> to be scored (and screened) again with the next SaveChanges.</summary>
    public static void Request(RiskDbContext db, Guid supplierId, bool rescreen, DateTimeOffset now)
    {
        var pending = db.ScoringRequests.Local.FirstOrDefault(r => r.SupplierId == supplierId && db.Entry(r).State == Microsoft.EntityFrameworkCore.EntityState.Added);
        if (pending is not null) pending.Rescreen |= rescreen;
        else db.ScoringRequests.Add(new ScoringRequest { SupplierId = supplierId, Rescreen = rescreen, RequestedAt = now });
    }
}
