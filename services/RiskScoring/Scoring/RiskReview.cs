using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.Data;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// An analyst approves the model's band or overrides it with a justification. Lowering a Critical band takes a second
/// analyst: the first request waits as pending until another analyst sends the same override (or rejects it).
/// </summary>
public static class RiskReview
{
    public const int MinJustification = 20;

    public static async Task<Results<Ok<SupplierRisk>, Accepted<SupplierRisk>, ValidationProblem, ProblemHttpResult>> Review(
        Guid id, ReviewRequest request, RiskDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var action = request.Action?.Trim().ToLowerInvariant();
        var justification = request.Justification?.Trim();
        if (action is not ("approve" or "override" or "reject-pending")) return Problems.Invalid("action", "must be approve, override or reject-pending.");
        string? band = null;
        if (action == "override" && !Bands.TryNormalize(request.Band, out band)) return Problems.Invalid("band", "is required to override: " + Bands.Expected);
        if (action != "approve" && (justification is null || justification.Length < MinJustification))
            return Problems.Invalid("justification", $"is required for {action}: at least {MinJustification} characters saying why, for the audit log.");
        if (justification?.Length > 4000) return Problems.Invalid("justification", "is longer than 4000 characters.");

        var score = await db.Scores.FirstOrDefaultAsync(s => s.SupplierId == id, ct);
        if (score is null) return Problems.NotFound("Score of supplier", id);
        var analyst = user.UserId();
        var now = time.GetUtcNow();
        var before = (score.Band, score.ReviewState);
        var firstAnalyst = score.PendingBy;
        var pending = false;

        switch (action)
        {
            case "approve":
                if (score.Band == "Critical" && score.ModelBand != "Critical")
                    return Problems.Conflict("Approving would lower a Critical band.", "Send an override to the model's band instead; a second analyst must confirm it.");
                score.OverrideBand = null;
                score.Justification = justification;
                score.ReviewState = ReviewState.Approved;
                ClearPending(score);
                break;
            case "reject-pending":
                if (score.PendingBand is null) return Problems.Conflict("Nothing is pending.", "There is no override waiting for a second analyst.");
                ClearPending(score);
                score.ReviewState = score.OverrideBand is null ? ReviewState.Unreviewed : ReviewState.Overridden;
                break;
            default:
                var lowersCritical = score.Band == "Critical" && band != "Critical";
                if (lowersCritical && score.PendingBand is null)
                {
                    score.PendingBand = band;
                    score.PendingBy = analyst;
                    score.PendingJustification = justification;
                    score.PendingAt = now;
                    score.ReviewState = ReviewState.AwaitingSecondAnalyst;
                    pending = true;
                    break;
                }
                if (lowersCritical)
                {
                    if (score.PendingBy == analyst)
                        return Problems.Conflict("A second analyst must confirm.", "You asked for this override; another analyst has to send the same override to confirm it.");
                    if (score.PendingBand != band)
                        return Problems.Conflict("Another override is pending.", $"{score.PendingBy} asked for {score.PendingBand}. Confirm that band, or reject the pending request first.");
                }
                score.OverrideBand = band == score.ModelBand ? null : band;
                score.Justification = justification;
                score.ReviewState = band == score.ModelBand ? ReviewState.Approved : ReviewState.Overridden;
                ClearPending(score);
                break;
        }
        if (!pending)
        {
            score.ReviewedBy = analyst;
            score.ReviewedAt = now;
        }
        score.Band = score.OverrideBand ?? score.ModelBand;

        var confirmedBy = action == "override" && before.Band == "Critical" && band != "Critical" && !pending ? analyst : null;
        await AuditLog.AppendAsync(db, analyst, pending ? "risk.override-requested" : action switch
        {
            "approve" => "risk.approved",
            "reject-pending" => "risk.override-rejected",
            _ => confirmedBy is null ? "risk.overridden" : "risk.override-confirmed",
        }, $"supplier/{id}", new
        {
            bandBefore = before.Band, bandAfter = score.Band, modelBand = score.ModelBand, score = score.Score, requested = band, justification,
            firstAnalyst = confirmedBy is null ? null : firstAnalyst,
        }, now, ct);
        if (score.Band != before.Band)
        {
            score.ChangedAt = now;
            ScoreWriter.Announce(db, score, score.Score, before.Band, null, now);
        }
        // The review date feeds staleness: score again.
        ScoringQueue.Request(db, id, rescreen: false, now);
        score.Revision++;
        try
        {
            await AuditLog.SaveChangesAsync(db, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The score changed while you reviewed it.", "Read the supplier's risk again and repeat your review.");
        }

        var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Facilities).FirstAsync(s => s.Id == id, ct);
        var history = await db.ScoreChanges.AsNoTracking().Where(c => c.SupplierId == id).OrderByDescending(c => c.At).Take(20).ToListAsync(ct);
        var view = SupplierRisk.From(score, supplier, history);
        return pending ? TypedResults.Accepted($"/api/suppliers/{id}/risk", view) : TypedResults.Ok(view);
    }

    static void ClearPending(RiskScore score)
    {
        score.PendingBand = null;
        score.PendingBy = null;
        score.PendingJustification = null;
        score.PendingAt = null;
    }
}
