using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

public static class SuppliersApi
{
    public static IEndpointRouteBuilder MapSuppliersApi(this IEndpointRouteBuilder app)
    {
        // Each route names its policy: a supplier user may read its own record, nothing else.
        var group = app.MapGroup("/api/suppliers").WithTags("Suppliers");
        group.MapPost("/", Create).RequireAuthorization(Policies.Procurement)
            .WithSummary("Register a supplier").WithDescription("The same registration id twice is a 409 pointing at the existing supplier; a similar name in the same country is accepted and listed under possibleDuplicates.");
        group.MapGet("/", SupplierSearch.List).RequireAuthorization(Policies.Internal).WithSummary("List and search suppliers")
            .WithDescription("search matches name, local name, aliases and registration id; filter by role, country, region (the supplier's or any of its facilities'), status; page and pageSize (max 500) are clamped.");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.InternalOrOwnSupplier)
            .WithSummary("A supplier with its facilities and status history; the ETag header is its version")
            .WithDescription("Internal roles read any supplier; a supplier user (role supplier) only its own, the one in its supplier_id claim, and in a redacted shape: status history without reasons or who changed it, no allowed transitions.");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Procurement)
            .WithSummary("Replace a supplier's details").WithDescription("Requires If-Match with the ETag of the last read: 428 without it, 412 when stale.");
        group.MapGet("/stats", SupplierStats.Get).RequireAuthorization(Policies.Internal)
            .WithSummary("How many suppliers there are, by onboarding status, by role and by country");
        group.MapGet("/duplicates", FindDuplicates).RequireAuthorization(Policies.Internal).WithSummary("Suppliers in a country whose names are close to the given name");
        return app;
    }

    static async Task<Results<Created<SupplierDetails>, ValidationProblem, ProblemHttpResult>> Create(
        SupplierRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var input = SupplierInput.Validate(request.ToDraft(), errors);
        if (input is null) return Problems.Invalid(errors);

        if (await FindByRegistration(db, input, except: null, ct) is { } existing)
            return RegistrationConflict(existing, input);

        var duplicates = await DuplicateFinder.FindAsync(db, input.Name, input.CountryCode, except: null, ct);
        var supplier = SupplierWriter.Create(db, input, user.UserId(), time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request registered the same id between our check and our insert.
            if (await FindByRegistration(db, input, except: supplier.Id, ct) is { } raced) return RegistrationConflict(raced, input);
            throw;
        }
        response.Headers.ETag = ETags.For(supplier.Version);
        return TypedResults.Created($"/api/suppliers/{supplier.Id}", SupplierDetails.From(supplier, duplicates));
    }

    static async Task<Results<Ok<SupplierDetails>, Ok<OwnSupplierDetails>, ProblemHttpResult>> Get(
        Guid id, RegistryDbContext db, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var supplier = await LoadAsync(db, id, ct, tracking: false);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        response.Headers.ETag = ETags.For(supplier.Version);
        // The policy let a supplier user in only for its own record; even there, status reasons and staff ids stay internal.
        return IsInternal(user) ? TypedResults.Ok(SupplierDetails.From(supplier)) : TypedResults.Ok(OwnSupplierDetails.From(supplier));
    }

    static bool IsInternal(ClaimsPrincipal user) => user.IsInRole(Roles.Procurement) || user.IsInRole(Roles.RiskAnalyst) || user.IsInRole(Roles.Admin);

    static async Task<Results<Ok<SupplierDetails>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, SupplierRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, HttpRequest http, CancellationToken ct)
    {
        var supplier = await LoadAsync(db, id, ct, tracking: true);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        if (!ETags.TryParseIfMatch(http, out var expected)) return Problems.PreconditionRequired();
        if (expected != supplier.Version) return Problems.PreconditionFailed(ETags.For(supplier.Version));

        var errors = new Dictionary<string, string[]>();
        var input = SupplierInput.Validate(request.ToDraft(), errors);
        if (input is null) return Problems.Invalid(errors);
        if (await FindByRegistration(db, input, except: id, ct) is { } other) return RegistrationConflict(other, input);

        SupplierWriter.Update(db, supplier, input, user.UserId(), time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Suppliers.AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).FirstOrDefaultAsync(ct);
            return Problems.PreconditionFailed(ETags.For(current));
        }
        http.HttpContext.Response.Headers.ETag = ETags.For(supplier.Version);
        return TypedResults.Ok(SupplierDetails.From(supplier));
    }

    static async Task<Results<Ok<IReadOnlyList<PossibleDuplicate>>, ValidationProblem>> FindDuplicates(
        [FromQuery] string? name, [FromQuery] string? country, RegistryDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name)) SupplierInput.Add(errors, "name", "is required.");
        var countryCode = Standards.Countries.Iso3166.NormalizeCountry(country);
        if (countryCode is null) SupplierInput.Add(errors, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code.");
        if (errors.Count > 0) return Problems.Invalid(errors);
        return TypedResults.Ok(await DuplicateFinder.FindAsync(db, name!, countryCode!, except: null, ct));
    }

    internal static Task<Supplier?> LoadAsync(RegistryDbContext db, Guid id, CancellationToken ct, bool tracking)
    {
        var query = db.Suppliers.Include(s => s.Aliases).Include(s => s.Facilities).Include(s => s.StatusHistory).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    static Task<Supplier?> FindByRegistration(RegistryDbContext db, SupplierInput input, Guid? except, CancellationToken ct) =>
        input.RegistrationValue is null
            ? Task.FromResult<Supplier?>(null)
            : db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s =>
                s.RegistrationScheme == input.RegistrationScheme && s.RegistrationValue == input.RegistrationValue && s.Id != except, ct);

    static ProblemHttpResult RegistrationConflict(Supplier existing, SupplierInput input) => Problems.Conflict(
        "A supplier with this registration id already exists.",
        $"{input.RegistrationScheme}:{input.RegistrationValue} is registered to '{existing.Name}' ({existing.Id}).",
        new Dictionary<string, object?> { ["existingSupplierId"] = existing.Id, ["existingSupplier"] = $"/api/suppliers/{existing.Id}" });
}
