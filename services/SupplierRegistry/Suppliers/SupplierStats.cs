using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Counts for dashboards. Every status and role is listed, with 0 where there are none; countries by count, largest first.</summary>
public sealed record SupplierStatsResponse(
    int Total, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<string, int> ByRole, IReadOnlyDictionary<string, int> ByCountry);

public static class SupplierStats
{
    public static async Task<Ok<SupplierStatsResponse>> Get(RegistryDbContext db, CancellationToken ct)
    {
        var suppliers = db.Suppliers.AsNoTracking();
        var byStatus = await suppliers.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // Roles are flags: group by the combination (there are few), then count each role within them.
        var byCombination = await suppliers.GroupBy(s => s.Roles).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byCountry = await suppliers.GroupBy(s => s.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var statuses = Enum.GetValues<OnboardingStatus>().ToDictionary(s => s.ToString(), s => byStatus.Where(x => x.Key == s).Sum(x => x.Count));
        var roles = SupplierRoles.All.ToDictionary(r => r.ToString(), r => byCombination.Where(x => x.Key.HasFlag(r)).Sum(x => x.Count));
        var countries = byCountry.OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Count);
        return TypedResults.Ok(new SupplierStatsResponse(byStatus.Sum(x => x.Count), statuses, roles, countries));
    }
}
