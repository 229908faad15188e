using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.Standards.Countries;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

public enum SupplierSort { Name, NameDesc, Country, Status, Created, CreatedDesc, Updated, UpdatedDesc }

public static class SupplierSearch
{
    public static async Task<Results<Ok<PagedList<SupplierSummary>>, ValidationProblem>> List(
        RegistryDbContext db,
        [FromQuery] string? search, [FromQuery] SupplierRole? role, [FromQuery] string? country, [FromQuery] string? region,
        [FromQuery] OnboardingStatus? status, [FromQuery] SupplierSort? sort, [FromQuery] int? page, [FromQuery] int? pageSize,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        string? countryCode = null;
        if (!string.IsNullOrWhiteSpace(country) && (countryCode = Iso3166.NormalizeCountry(country)) is null)
            SupplierInput.Add(errors, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code.");
        var regionCode = SupplierInput.ValidateRegion(region, countryCode, "region", errors);
        if (role == SupplierRole.None) SupplierInput.Add(errors, "role", "None is not a role.");
        if (errors.Count > 0) return Problems.Invalid(errors);

        var (pageNumber, size) = Paging.Clamp(page, pageSize);
        if (Paging.Overflow(pageNumber, size) is { } overflow) return overflow;
        var query = db.Suppliers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
            query = query.Where(s => s.SearchText.Contains(text));
        }
        if (role is { } r) query = query.Where(s => (s.Roles & r) != 0);
        if (countryCode is not null) query = query.Where(s => s.CountryCode == countryCode);
        if (regionCode is not null) query = query.Where(s => s.RegionCode == regionCode || s.Facilities.Any(f => f.RegionCode == regionCode));
        if (status is { } st) query = query.Where(s => s.Status == st);

        var total = await query.CountAsync(ct);
        if (Paging.PastEnd(pageNumber, size, total) is { } pastEnd) return pastEnd;
        query = (sort ?? SupplierSort.Name) switch
        {
            SupplierSort.NameDesc => query.OrderByDescending(s => s.Name).ThenBy(s => s.Id),
            SupplierSort.Country => query.OrderBy(s => s.CountryCode).ThenBy(s => s.Name).ThenBy(s => s.Id),
            SupplierSort.Status => query.OrderBy(s => s.Status).ThenBy(s => s.Name).ThenBy(s => s.Id),
            SupplierSort.Created => query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id),
            SupplierSort.CreatedDesc => query.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id),
            SupplierSort.Updated => query.OrderBy(s => s.UpdatedAt).ThenBy(s => s.Id),
            SupplierSort.UpdatedDesc => query.OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Id),
            _ => query.OrderBy(s => s.Name).ThenBy(s => s.Id),
        };
        var items = await query.Skip((pageNumber - 1) * size).Take(size).Include(s => s.Aliases).AsSplitQuery().ToListAsync(ct);
        return TypedResults.Ok(new PagedList<SupplierSummary>(items.Select(SupplierSummary.From).ToArray(), pageNumber, size, total));
    }
}
