using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>Writes assessments through <see cref="ScoreWriter"/> in chunks, each in its own DbContext so a large re-score stays small in memory.</summary>
public sealed class ScoreWrites(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>How many scores changed.</summary>
    public async Task<int> WriteAsync(IEnumerable<RiskAssessment> assessments, CancellationToken ct)
    {
        var changed = 0;
        foreach (var chunk in assessments.Chunk(2000))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            changed += await ScoreWriter.WriteAsync(db, chunk, time.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
        }
        return changed;
    }
}
