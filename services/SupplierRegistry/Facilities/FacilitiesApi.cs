using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.Standards.Countries;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.Facilities;

/// <summary>Body of POST /api/suppliers/{id}/facilities.</summary>
public sealed record FacilityRequest(string? Name, string? Address, string? CountryCode, string? RegionCode, double? Latitude, double? Longitude, List<SupplierRole>? Processes);

public sealed record FacilityResponse(Guid Id, Guid SupplierId, string Name, string? Address, string CountryCode, string? RegionCode, string? RegionName,
    double? Latitude, double? Longitude, IReadOnlyList<SupplierRole> Processes, DateTimeOffset CreatedAt)
{
    public static FacilityResponse From(Facility f) => new(f.Id, f.SupplierId, f.Name, f.Address, f.CountryCode, f.RegionCode,
        Iso3166.FindRegion(f.RegionCode)?.Name, f.Latitude, f.Longitude, SupplierRoles.Split(f.Processes), f.CreatedAt);
}

public static class FacilitiesApi
{
    public static IEndpointRouteBuilder MapFacilitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/suppliers/{id:guid}/facilities").WithTags("Facilities");
        group.MapPost("/", Add).RequireAuthorization(Policies.Procurement)
            .WithSummary("Add a production site").WithDescription("Where things are made drives risk: give the ISO 3166-2 region (e.g. CN-XJ). Publishes SupplierUpdated with the supplier's facilities. If-Match (the supplier's ETag) is optional; when sent, a stale one is a 412. Returns the supplier's new ETag.");
        group.MapGet("/", List).RequireAuthorization(Policies.InternalOrOwnSupplier)
            .WithSummary("A supplier's production sites").WithDescription("Internal roles, or the supplier's own users.");
        return app;
    }

    static async Task<Results<Created<FacilityResponse>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, FacilityRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, HttpRequest http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name)) SupplierInput.Add(errors, "name", "is required.");
        else if (name.Length > FieldLimits.Name) SupplierInput.Add(errors, "name", $"at most {FieldLimits.Name} characters.");
        else if (SpreadsheetFormula.LooksLikeFormula(name)) SupplierInput.Add(errors, "name", "must not start with =, +, - or @.");
        var address = request.Address?.Trim();
        if (address?.Length > FieldLimits.Address) SupplierInput.Add(errors, "address", $"at most {FieldLimits.Address} characters.");
        var country = Iso3166.NormalizeCountry(request.CountryCode);
        if (country is null) SupplierInput.Add(errors, "countryCode", $"'{request.CountryCode}' is not an ISO 3166-1 alpha-2 country code.");
        var region = SupplierInput.ValidateRegion(request.RegionCode, country, "regionCode", errors);
        if (request.Latitude is < -90 or > 90 || (request.Latitude is not null && double.IsNaN(request.Latitude.Value)))
            SupplierInput.Add(errors, "latitude", "must be between -90 and 90.");
        if (request.Longitude is < -180 or > 180 || (request.Longitude is not null && double.IsNaN(request.Longitude.Value)))
            SupplierInput.Add(errors, "longitude", "must be between -180 and 180.");
        if ((request.Latitude is null) != (request.Longitude is null))
            SupplierInput.Add(errors, request.Latitude is null ? "latitude" : "longitude", "give both latitude and longitude, or neither.");
        if (request.Processes?.Contains(SupplierRole.None) == true) SupplierInput.Add(errors, "processes", "None is not a process.");
        if (errors.Count > 0) return Problems.Invalid(errors);

        var supplier = await SuppliersApi.LoadAsync(db, id, ct, tracking: true);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        if (SupplierVersion.Check(http, supplier, required: false) is { } precondition) return precondition;
        // Consumers size their projections for this many; the registry never accepts more than they can hold.
        if (supplier.Facilities.Count >= FieldLimits.MaxFacilities)
            return Problems.Invalid("facilities", $"a supplier has at most {FieldLimits.MaxFacilities} facilities.");

        var now = time.GetUtcNow();
        var facility = new Facility
        {
            Id = Guid.CreateVersion7(now), SupplierId = id, Name = name!, Address = string.IsNullOrEmpty(address) ? null : address,
            CountryCode = country!, RegionCode = region, Latitude = request.Latitude, Longitude = request.Longitude,
            Processes = SupplierRoles.Combine(request.Processes), CreatedAt = now,
        };
        SupplierWriter.AddFacility(db, supplier, facility, user.UserId(), now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await SupplierVersion.LostRaceAsync(db, id, ct);
        }
        http.HttpContext.Response.Headers.ETag = ETags.For(supplier.Version);
        return TypedResults.Created($"/api/suppliers/{id}/facilities", FacilityResponse.From(facility));
    }

    static async Task<Results<Ok<IReadOnlyList<FacilityResponse>>, ProblemHttpResult>> List(Guid id, RegistryDbContext db, CancellationToken ct)
    {
        if (!await db.Suppliers.AnyAsync(s => s.Id == id, ct)) return Problems.NotFound("Supplier", id);
        var facilities = await db.Facilities.AsNoTracking().Where(f => f.SupplierId == id).OrderBy(f => f.Name).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<FacilityResponse>>(facilities.Select(FacilityResponse.From).ToArray());
    }
}
