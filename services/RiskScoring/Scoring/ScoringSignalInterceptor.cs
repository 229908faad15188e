using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>After a SaveChanges that queued scoring work, wakes the worker instead of letting it wait for its next poll.</summary>
public sealed class ScoringSignalInterceptor(ScoringSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.ChangeTracker.Entries<ScoringRequest>().Any() == true) signal.Notify();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
