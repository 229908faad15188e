using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Audit;

/// <summary>What <c>GET /api/audit/verify</c> found: all entries intact, or the first one that is not.</summary>
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem, string? LastHash);

public static class AuditVerifier
{
    /// <summary>Walks the log in order, recomputing each hash and checking each link to the previous entry.</summary>
    public static async Task<AuditVerification> VerifyAsync(RiskDbContext db, CancellationToken ct)
    {
        long checkedCount = 0, expectedSequence = 1;
        var previousHash = "";
        // Pages by sequence, so a long log is read in bounded memory.
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= expectedSequence)
                .OrderBy(e => e.Sequence).Take(1000).ToListAsync(ct);
            if (page.Count == 0) return new AuditVerification(true, checkedCount, null, null, previousHash.Length == 0 ? null : previousHash);
            foreach (var entry in page)
            {
                if (entry.Sequence != expectedSequence)
                    return Broken(checkedCount, expectedSequence, $"entry {expectedSequence} is missing (the next entry is {entry.Sequence}).");
                if (entry.PreviousHash != previousHash)
                    return Broken(checkedCount, entry.Sequence, $"its previous hash does not match the hash of entry {entry.Sequence - 1}.");
                if (AuditLog.HashOf(entry) != entry.Hash)
                    return Broken(checkedCount, entry.Sequence, "its contents do not match its hash: it was changed after it was written.");
                previousHash = entry.Hash;
                expectedSequence++;
                checkedCount++;
            }
        }
    }

    static AuditVerification Broken(long checkedCount, long sequence, string problem) => new(false, checkedCount, sequence, problem, null);
}
