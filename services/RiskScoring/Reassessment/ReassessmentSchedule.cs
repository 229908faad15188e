using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Reassessment;

/// <summary>When a supplier's next assessment is due, and why: the schedule the job follows and <c>GET /api/reassessments</c> shows.</summary>
public sealed record ScheduledReassessment(
    Guid SupplierId, string Name, IReadOnlyList<string> Roles, string Band, int IntervalDays,
    DateOnly LastAssessedOn, string LastAssessedBasis, DateOnly DueOn, bool Due, string Reason);

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
                (r.LastNotice, "last re-assessment fell due"),
                (reviewed, "last analyst review"),
                (DateOnly.FromDateTime(r.FirstSeenAt.UtcDateTime), "first seen"));
            var interval = options.DaysFor(r.Band);
            var due = last.AddDays(interval);
            var roles = r.RolesText.Split('|', StringSplitOptions.RemoveEmptyEntries);
            var reason = $"{r.Band} band: every {interval} days; {basis} {last:yyyy-MM-dd}";
            return new ScheduledReassessment(r.Id, r.Name, roles, r.Band, interval, last, basis, due, due <= today, reason);
        }).OrderBy(s => s.DueOn).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    static (DateOnly Date, string Basis) Latest(params (DateOnly? Date, string Basis)[] candidates)
    {
        var best = candidates.Where(c => c.Date is not null).MaxBy(c => c.Date!.Value);
        return (best.Date!.Value, best.Basis);
    }
}
