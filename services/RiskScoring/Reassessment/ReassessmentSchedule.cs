using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring;

namespace SupplierDD.RiskScoring.Reassessment;

/// <summary>
/// When a supplier's next assessment is due, and why: the schedule the job follows and <c>GET /api/reassessments</c> shows.
/// <c>Reason</c> is in English; <c>ReasonCode</c> and <c>ReasonArgs</c> (the basis as a code of its own) say it in any language.
/// </summary>
public sealed record ScheduledReassessment(
    Guid SupplierId, string Name, IReadOnlyList<string> Roles, string Band, int IntervalDays,
    DateOnly LastAssessedOn, string LastAssessedBasis, DateOnly DueOn, bool Due, string Reason,
    string? ReasonCode = null, IReadOnlyDictionary<string, string>? ReasonArgs = null);

public static class ReassessmentSchedule
{
    /// <summary>Every supplier with a configured role, with its due date (soonest first).</summary>
    public static async Task<IReadOnlyList<ScheduledReassessment>> ComputeAsync(RiskDbContext db, ReassessmentOptions options, DateOnly today, CancellationToken ct)
    {
        var query = db.Suppliers.AsNoTracking();
        // One LIKE per role on the |Role|Role| column; combined with OR through a union of ids.
        IQueryable<Guid>? ids = null;
        foreach (var role in options.Roles.Distinct())
        {
            var pattern = $"%|{role}|%";
            var matching = query.Where(s => EF.Functions.Like(s.RolesText, pattern)).Select(s => s.Id);
            ids = ids is null ? matching : ids.Union(matching);
        }
        if (ids is null) return [];

        var rows = await (
            from s in db.Suppliers.AsNoTracking()
            where ids.Contains(s.Id)
            join score in db.Scores.AsNoTracking() on s.Id equals score.SupplierId into scores
            from score in scores.DefaultIfEmpty()
            select new
            {
                s.Id, s.Name, s.RolesText, s.FirstSeenAt,
                Band = score == null ? "Low" : score.Band,
                ReviewedAt = score == null ? null : score.ReviewedAt,
                LastNotice = db.ReassessmentNotices.Where(n => n.SupplierId == s.Id).Max(n => (DateOnly?)n.DueOn),
            }).ToListAsync(ct);

        return rows.Select(r =>
        {
            var reviewed = r.ReviewedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            var (last, basis) = Latest(
                (r.LastNotice, RiskTexts.BasisDue),
                (reviewed, RiskTexts.BasisReviewed),
                (DateOnly.FromDateTime(r.FirstSeenAt.UtcDateTime), RiskTexts.BasisFirstSeen));
            var interval = options.DaysFor(r.Band);
            var due = last.AddDays(interval);
            var roles = r.RolesText.Split('|', StringSplitOptions.RemoveEmptyEntries);
            var reason = CodedText.Of(RiskTexts.ReassessmentReason, ("band", r.Band), ("interval", interval), ("basis", basis),
                ("date", last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            var basisText = RiskTexts.Templates[basis];
            var english = RiskTexts.Format(RiskTexts.Templates[reason.Code], new Dictionary<string, string>(reason.Args) { ["basis"] = basisText });
            return new ScheduledReassessment(r.Id, r.Name, roles, r.Band, interval, last, basisText, due, due <= today, english, reason.Code, reason.Args);
        }).OrderBy(s => s.DueOn).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    static (DateOnly Date, string Basis) Latest(params (DateOnly? Date, string Basis)[] candidates)
    {
        var best = candidates.Where(c => c.Date is not null).MaxBy(c => c.Date!.Value);
        return (best.Date!.Value, best.Basis);
    }
}
