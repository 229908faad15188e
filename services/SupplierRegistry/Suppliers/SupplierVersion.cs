using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>
/// The supplier's version guards every change of the supplier: details, status, facilities and its upstream links.
/// A caller sends the ETag it read as If-Match; the check here refuses a stale one early, and the version's
/// concurrency token makes the database refuse the loser of two writes that passed the check at the same time.
/// </summary>
public static class SupplierVersion
{
    /// <summary>
    /// 428 when <paramref name="required"/> and If-Match is missing, 412 when it does not match the stored version.
    /// An add (facility, new link) overwrites nothing, so there If-Match is optional — but checked when sent.
    /// </summary>
    public static ProblemHttpResult? Check(HttpRequest http, Supplier supplier, bool required)
    {
        if (http.Headers.IfMatch.Count == 0) return required ? Problems.PreconditionRequired() : null;
        if (!ETags.TryParseIfMatch(http, out var expected) || expected != supplier.Version) return Problems.PreconditionFailed(ETags.For(supplier.Version));
        return null;
    }

    /// <summary>The 412 for the loser of a race the database decided: names the version that won.</summary>
    public static async Task<ProblemHttpResult> LostRaceAsync(RegistryDbContext db, Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.Suppliers.AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).FirstOrDefaultAsync(ct);
        return Problems.PreconditionFailed(ETags.For(current));
    }
}
