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
        Guid id, ReviewRequest request, RiskDbContext db, ClaimsPrincipal user, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var action = request.Action?.Trim().ToLowerInvariant();
        var justification = request.Justification?.Trim();
        if (action is not ("approve" or "override" or "reject-pending")) return Problems.Invalid("action", "must be approve, override or reject-pending.");
        string? band = null;
        if (action == "override" && !Bands.TryNormalize(request.Band, out band)) return Problems.Invalid("band", "is required to override: " + Bands.Expected);
        if (action != "approve" && (justification is null || justification.Length < MinJustification))
            return Problems.Invalid("justification", $"is required for {action}: at least {MinJustification} characters saying why, for the audit log.");
        if (justification?.Length > 4000) return Problems.Invalid("justification", "is longer than 4000 characters.");

        // The scoring worker may store new evidence between our read and our write (the row's Revision moves, the review
        // version does not): then the review still stands on what the analyst saw, so it is applied again on the new row.
        for (var attempt = 1; ; attempt++)
        {
            var score = await db.Scores.FirstOrDefaultAsync(s => s.SupplierId == id, ct);
            if (score is null) return Problems.NotFound("Score of supplier", id);
            if (!ETags.TryParseIfMatch(http.Request, out var expected)) return Problems.PreconditionRequired();
            if (expected != score.ReviewVersion) return Problems.PreconditionFailed(ETags.For(score.ReviewVersion));

            var decided = await DecideAsync(db, score, action, band, justification, user.UserId(), time.GetUtcNow(), ct);
            if (decided.Problem is not null) return decided.Problem;
            try
            {
                await AuditLog.SaveChangesAsync(db, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var current = await db.Scores.AsNoTracking().Where(s => s.SupplierId == id).Select(s => s.ReviewVersion).FirstOrDefaultAsync(ct);
                return Problems.PreconditionFailed(ETags.For(current));
            }

            var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Facilities).FirstAsync(s => s.Id == id, ct);
            var history = await db.ScoreChanges.AsNoTracking().Where(c => c.SupplierId == id).OrderByDescending(c => c.At).Take(20).ToListAsync(ct);
            var view = SupplierRisk.From(score, supplier, history);
            http.Response.Headers.ETag = ETags.For(score.ReviewVersion);
            return decided.Pending ? TypedResults.Accepted($"/api/suppliers/{id}/risk", view) : TypedResults.Ok(view);
        }
    }

    sealed record Decision(bool Pending, ProblemHttpResult? Problem);

    /// <summary>Applies the review to the tracked row and appends its audit entry; nothing is saved here.</summary>
    static async Task<Decision> DecideAsync(RiskDbContext db, RiskScore score, string action, string? band, string? justification, string analyst,
        DateTimeOffset now, CancellationToken ct)
    {
        var before = (score.Band, score.ReviewState);
        var firstAnalyst = score.PendingBy;
        var pending = false;
        var confirmed = false;

        switch (action)
        {
            case "approve":
                if (score.Band == "Critical" && score.ModelBand != "Critical")
                    return new(false, Problems.Conflict("Approving would lower a Critical band.", "Send an override to the model's band instead; a second analyst must confirm it."));
                ClearOverride(score);
                score.Justification = justification;
                score.ReviewState = ReviewState.Approved;
                ClearPending(score);
                break;
            case "reject-pending":
                if (score.PendingBand is null) return new(false, Problems.Conflict("Nothing is pending.", "There is no override waiting for a second analyst."));
                ClearPending(score);
                score.ReviewState = score.OverrideBand is null ? ReviewState.Unreviewed : ReviewState.Overridden;
                break;
            default:
                // Against both bands: the one in force and the model's. A Critical model band stays in force, whatever
                // an earlier override said, until two analysts agree on a lower one.
                var lowersCritical = band != "Critical" && (score.Band == "Critical" || score.ModelBand == "Critical");
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
                        return new(false, Problems.Conflict("A second analyst must confirm.", "You asked for this override; another analyst has to send the same override to confirm it."));
                    if (score.PendingBand != band)
                        return new(false, Problems.Conflict("Another override is pending.", $"{score.PendingBy} asked for {score.PendingBand}. Confirm that band, or reject the pending request first."));
                    confirmed = true;
                }
                if (band == score.ModelBand) ClearOverride(score);
                else
                {
                    score.OverrideBand = band;
                    score.OverrideRequestedBy = confirmed ? firstAnalyst : null;
                    score.OverrideConfirmedBy = confirmed ? analyst : null;
                }
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
        score.Band = score.BandInForce();

        await AuditLog.AppendAsync(db, analyst, pending ? "risk.override-requested" : action switch
        {
            "approve" => "risk.approved",
            "reject-pending" => "risk.override-rejected",
            _ => confirmed ? "risk.override-confirmed" : "risk.overridden",
        }, $"supplier/{score.SupplierId}", new
        {
            bandBefore = before.Band, bandAfter = score.Band, modelBand = score.ModelBand, score = score.Score, requested = band, justification,
            firstAnalyst = confirmed ? firstAnalyst : null,
        }, now, ct);
        if (score.Band != before.Band)
        {
            score.ChangedAt = now;
            var reason = action == "approve" ? CodedText.Of(RiskTexts.ChangeApproved, ("analyst", analyst))
                : confirmed ? CodedText.Of(RiskTexts.ChangeOverrideConfirmed, ("analyst", analyst), ("firstAnalyst", firstAnalyst), ("band", score.Band))
                : CodedText.Of(RiskTexts.ChangeOverridden, ("analyst", analyst), ("band", score.Band));
            ScoreWriter.Announce(db, score, score.Score, before.Band, null, reason, now);
        }
        // The review date feeds staleness: score again.
        ScoringQueue.Request(db, score.SupplierId, rescreen: false, now);
        score.Revision++;
        score.ReviewVersion++;
        return new(pending, null);
    }

    static void ClearOverride(RiskScore score)
    {
        score.OverrideBand = null;
        score.OverrideRequestedBy = null;
        score.OverrideConfirmedBy = null;
    }

    static void ClearPending(RiskScore score)
    {
        score.PendingBand = null;
        score.PendingBy = null;
        score.PendingJustification = null;
        score.PendingAt = null;
    }
}
