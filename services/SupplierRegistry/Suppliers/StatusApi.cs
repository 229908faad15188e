using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Body of POST /api/suppliers/{id}/status.</summary>
public sealed record StatusChangeRequest(OnboardingStatus? Status, string? Reason);

public static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/suppliers/{id:guid}/status", Change).WithTags("Suppliers")
            .RequireAuthorization(Policies.Procurement)
            .WithSummary("Move a supplier along the onboarding workflow")
            .WithDescription("Draft → Invited → UnderAssessment → Approved | ConditionallyApproved | Rejected; Approved ↔ Suspended; ConditionallyApproved → Approved | Rejected | UnderAssessment; Rejected → UnderAssessment. A reason is required; any other move is a 409. Requires If-Match with the ETag of the last read: 428 without it, 412 when stale (also when someone else changed the supplier at the same moment).");
        return app;
    }

    static async Task<Results<Ok<SupplierDetails>, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, StatusChangeRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, HttpRequest http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Status is null) SupplierInput.Add(errors, "status", $"is required: one of {string.Join(", ", Enum.GetNames<OnboardingStatus>())}.");
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason)) SupplierInput.Add(errors, "reason", "is required: say why the status changes.");
        else if (reason.Length > FieldLimits.Reason) SupplierInput.Add(errors, "reason", $"at most {FieldLimits.Reason} characters.");
        if (errors.Count > 0) return Problems.Invalid(errors);

        var supplier = await SuppliersApi.LoadAsync(db, id, ct, tracking: true);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        if (SupplierVersion.Check(http, supplier, required: true) is { } precondition) return precondition;

        var from = supplier.Status;
        var to = request.Status!.Value;
        if (!OnboardingWorkflow.CanMove(from, to))
        {
            var allowed = OnboardingWorkflow.AllowedFrom(from);
            return Problems.Conflict("This status change is not allowed.",
                $"A supplier in {from} can move to {string.Join(" or ", allowed)}, not to {to}.",
                new Dictionary<string, object?> { ["currentStatus"] = from.ToString(), ["allowed"] = allowed.Select(a => a.ToString()).ToArray() });
        }

        SupplierWriter.ChangeStatus(db, supplier, to, reason!, user.UserId(), time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the supplier between our read and our write: the database's version check decided.
            return await SupplierVersion.LostRaceAsync(db, id, ct);
        }
        http.HttpContext.Response.Headers.ETag = ETags.For(supplier.Version);
        return TypedResults.Ok(SupplierDetails.From(supplier));
    }
}
