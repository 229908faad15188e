using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.Contracts.RiskScoring;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring;

namespace SupplierDD.RiskScoring.Reassessment;

/// <summary>
/// The recurring job (Hangfire, <see cref="ReassessmentOptions.Cron"/>): for every supplier whose re-assessment is due it
/// publishes <c>ReassessmentDue</c> once per supplier and due date, and queues the supplier to be screened again.
/// Running twice, or on two servers at once, publishes nothing twice: the notice's key is (supplier, due date), and the
/// event is written in the same transaction as the notice.
/// </summary>
public sealed class ReassessmentJob(IServiceScopeFactory scopes, IOptions<ReassessmentOptions> options, TimeProvider time, ILogger<ReassessmentJob> logger)
{
    public sealed record RunResult(int InScope, int Due, int Published, int AlreadyPublished);

    public async Task<RunResult> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        IReadOnlyList<ScheduledReassessment> schedule;
        await using (var scope = scopes.CreateAsyncScope())
            schedule = await ReassessmentSchedule.ComputeAsync(scope.ServiceProvider.GetRequiredService<RiskDbContext>(), options.Value, today, ct);

        int published = 0, already = 0;
        foreach (var item in schedule.Where(s => s.Due))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            if (await db.ReassessmentNotices.AnyAsync(n => n.SupplierId == item.SupplierId && n.DueOn == item.DueOn, ct))
            {
                already++;
                continue;
            }
            db.ReassessmentNotices.Add(new ReassessmentNotice { SupplierId = item.SupplierId, DueOn = item.DueOn, Band = item.Band, Reason = item.Reason, PublishedAt = now });
            db.Publish(new ReassessmentDue { SupplierId = item.SupplierId, Roles = item.Roles, Band = item.Band, DueOn = item.DueOn, Reason = item.Reason, OccurredAt = now });
            ScoringQueue.Request(db, item.SupplierId, rescreen: true, now);
            try
            {
                await db.SaveChangesAsync(ct);
                published++;
            }
            catch (DbUpdateException)
            {
                // Another server published it between our check and our insert; its transaction carried the event.
                if (!await NoticeExistsAsync(item, ct)) throw;
                already++;
            }
        }
        var result = new RunResult(schedule.Count, schedule.Count(s => s.Due), published, already);
        logger.LogInformation("Re-assessment: {InScope} suppliers in scope, {Due} due, {Published} published, {Already} already published", result.InScope, result.Due, result.Published, result.AlreadyPublished);
        return result;
    }

    async Task<bool> NoticeExistsAsync(ScheduledReassessment item, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RiskDbContext>().ReassessmentNotices.AnyAsync(n => n.SupplierId == item.SupplierId && n.DueOn == item.DueOn, ct);
    }
}
