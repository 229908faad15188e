using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Audit;

/// <summary>Appends decisions to the hash-chained audit log, in the same SaveChanges as the decision itself.</summary>
public static class AuditLog
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds an entry after the last one; <see cref="SaveChangesAsync"/> stores it with the decision.</summary>
    public static async Task AppendAsync(RiskDbContext db, string actor, string action, string subject, object data, DateTimeOffset now, CancellationToken ct)
    {
        var entry = new AuditEntry
        {
            // Whole milliseconds in UTC: every provider stores that exactly, so the hash still matches when read back.
            At = new DateTimeOffset(now.UtcDateTime.Ticks - now.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero),
            Actor = actor, Action = action, Subject = subject, Data = JsonSerializer.Serialize(data, Json),
        };
        db.AuditEntries.Add(entry);
        await ChainAsync(db, ct);
    }

    /// <summary>
    /// Saves the decision and its entries. Two decisions at once both want the next sequence number: the loser's insert
    /// fails on the key, its entries are chained again after the winner's, and it saves again.
    /// </summary>
    public static async Task SaveChangesAsync(RiskDbContext db, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            // A concurrency failure is someone else's decision on the same row: chaining again would not help, the caller decides.
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && attempt < 12
                && db.ChangeTracker.Entries<AuditEntry>().Any(x => x.State == EntityState.Added))
            {
                // Jitter, so writers that collided do not collide again on the next number.
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
                await ChainAsync(db, ct);
            }
        }
    }

    public static string HashOf(AuditEntry e)
    {
        var text = string.Join('\n', e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), e.Actor, e.Action, e.Subject, e.Data, e.PreviousHash);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    static async Task ChainAsync(RiskDbContext db, CancellationToken ct)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var (sequence, previous) = (last?.Sequence ?? 0, last?.Hash ?? "");
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(e => e.At).ToList())
        {
            db.Entry(entry).State = EntityState.Detached;
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = HashOf(entry);
            previous = entry.Hash;
            db.AuditEntries.Add(entry);
        }
    }
}
