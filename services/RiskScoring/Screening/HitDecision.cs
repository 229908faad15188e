using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SupplierDD.RiskScoring.Screening;

/// <summary>
/// An analyst's decision on a hit. A confirmed hit puts the supplier on the Critical floor, so undoing it is a two-analyst
/// step like lowering a Critical band: the first dismissal waits as pending, a different analyst's dismissal completes it.
/// </summary>
public static class HitDecision
{
    public sealed record Outcome(bool Pending, ProblemHttpResult? Problem);

    /// <summary>Applies the decision to the tracked hit and appends its audit entry; nothing is saved here.</summary>
    public static async Task<Outcome> ApplyAsync(RiskDbContext db, ScreeningHit hit, string decision, string? note, string analyst, DateTimeOffset now, CancellationToken ct)
    {
        var from = hit.State;
        var firstAnalyst = hit.PendingReversalBy;
        string action;
        var pending = false;

        if (decision == "dismiss" && hit.State == HitState.Confirmed && firstAnalyst is null)
        {
            hit.PendingReversalBy = analyst;
            hit.PendingReversalNote = note;
            hit.PendingReversalAt = now;
            action = "screening.reversal-requested";
            pending = true;
        }
        else if (decision == "dismiss" && hit.State == HitState.Confirmed)
        {
            if (firstAnalyst == analyst)
                return new(false, Problems.Conflict("A second analyst must agree.",
                    "You asked to dismiss this confirmed hit; another analyst has to send the dismissal too before the confirmation is undone."));
            Decide(hit, HitState.Dismissed, analyst, note, now);
            action = "screening.reversal-confirmed";
        }
        else if (decision == "confirm" && firstAnalyst is not null)
        {
            // Confirming again answers the pending request: the hit stays confirmed, as first decided.
            hit.PendingReversalBy = null;
            hit.PendingReversalNote = null;
            hit.PendingReversalAt = null;
            action = "screening.reversal-rejected";
        }
        else
        {
            Decide(hit, decision == "confirm" ? HitState.Confirmed : HitState.Dismissed, analyst, note, now);
            action = decision == "confirm" ? "screening.confirmed" : "screening.dismissed";
        }
        hit.UpdatedAt = now;
        hit.Version++;

        await AuditLog.AppendAsync(db, analyst, action, $"supplier/{hit.SupplierId}", new
        {
            hitId = hit.Id, hit.List, hit.ListVersion, entity = hit.EntityName, hit.SupplierName, hit.ListedName, hit.Score, from = from.ToString(),
            to = hit.State.ToString(), note, firstAnalyst = action is "screening.reversal-confirmed" or "screening.reversal-rejected" ? firstAnalyst : null,
        }, now, ct);
        // A pending request changes nothing the model reads.
        if (!pending) ScoringQueue.Request(db, hit.SupplierId, rescreen: false, now);
        return new(pending, null);
    }

    static void Decide(ScreeningHit hit, HitState state, string analyst, string? note, DateTimeOffset now)
    {
        hit.State = state;
        hit.DecidedBy = analyst;
        hit.DecidedAt = now;
        hit.DecisionNote = note;
        hit.PendingReversalBy = null;
        hit.PendingReversalNote = null;
        hit.PendingReversalAt = null;
    }
}
