using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Audit;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.RiskAnalyst);
        group.MapGet("/", List).WithSummary("The audit log of decisions, newest first")
            .WithDescription("Score approvals and overrides, screening decisions. Filter by subject (e.g. supplier/{id}); paged.");
        group.MapGet("/verify", Verify).WithSummary("Checks the hash chain")
            .WithDescription("Recomputes every entry's hash and its link to the previous entry; reports the first entry that does not match.");
        return app;
    }

    static async Task<Ok<PagedList<AuditEntry>>> List(string? subject, int? page, int? pageSize, RiskDbContext db, CancellationToken ct)
    {
        var (p, size) = Paging.Clamp(page, pageSize);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(subject)) query = query.Where(e => e.Subject == subject.Trim());
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Sequence).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<AuditEntry>(items, p, size, total));
    }

    static async Task<Ok<AuditVerification>> Verify(RiskDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AuditVerifier.VerifyAsync(db, ct));
}
