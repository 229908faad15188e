using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.SupplierRegistry;
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
            .WithDescription("Draft → Invited → UnderAssessment → Approved | ConditionallyApproved | Rejected; Approved ↔ Suspended; ConditionallyApproved → Approved | Rejected | UnderAssessment; Rejected → UnderAssessment. A reason is required; any other move is a 409. If-Match is optional.");
        return app;
    }

    static async Task<Results<Ok<SupplierDetails>, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, StatusChangeRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, HttpRequest http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Status is null) SupplierInput.Add(errors, "status", $"is required: one of {string.Join(", ", Enum.GetNames<OnboardingStatus>())}.");
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason)) SupplierInput.Add(errors, "reason", "is required: say why the status changes.");
        else if (reason.Length > 2000) SupplierInput.Add(errors, "reason", "at most 2000 characters.");
        if (errors.Count > 0) return Problems.Invalid(errors);

        var supplier = await SuppliersApi.LoadAsync(db, id, ct, tracking: true);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        if (http.Headers.IfMatch.Count > 0 && (!ETags.TryParseIfMatch(http, out var expected) || expected != supplier.Version))
            return Problems.PreconditionFailed(ETags.For(supplier.Version));

        var from = supplier.Status;
        var to = request.Status!.Value;
        if (!OnboardingWorkflow.CanMove(from, to))
        {
            var allowed = OnboardingWorkflow.AllowedFrom(from);
            return Problems.Conflict("This status change is not allowed.",
                $"A supplier in {from} can move to {string.Join(" or ", allowed)}, not to {to}.",
                new Dictionary<string, object?> { ["currentStatus"] = from.ToString(), ["allowed"] = allowed.Select(a => a.ToString()).ToArray() });
        }

        var now = time.GetUtcNow();
        var by = user.UserId();
        supplier.Status = to;
        supplier.Version++;
        supplier.UpdatedAt = now;
        supplier.StatusHistory.Add(new StatusChange { SupplierId = id, From = from, To = to, Reason = reason!, ChangedBy = by, ChangedAt = now });
        db.Publish(new SupplierStatusChanged
        {
            SupplierId = id, Version = supplier.Version, From = from.ToString(), To = to.ToString(), Reason = reason!, By = by, OccurredAt = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The supplier changed while its status was being changed.", "Read it again and retry.");
        }
        http.HttpContext.Response.Headers.ETag = ETags.For(supplier.Version);
        return TypedResults.Ok(SupplierDetails.From(supplier));
    }
}
