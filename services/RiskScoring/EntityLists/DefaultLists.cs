using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.EntityLists;

/// <summary>
/// The service ships with the US UFLPA Entity List (EntityLists/Data, with its sources): imported as version 1 when the
/// database holds no list yet. An operator imports the current official list through the API at any time.
/// </summary>
public static class DefaultLists
{
    public static string UflpaPath => Path.Combine(AppContext.BaseDirectory, "EntityLists", "Data", "uflpa-entity-list.csv");

    public static async Task EnsureAsync(RiskDbContext db, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        if (await db.EntityListVersions.AnyAsync(ct)) return;
        await using var file = File.OpenRead(UflpaPath);
        var (rows, errors) = EntityListCsv.Parse(file);
        if (errors.Count > 0)
            throw new InvalidOperationException($"The bundled list {UflpaPath} does not parse: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"))}");
        var versions = await EntityListImporter.ImportAsync(db, rows, Path.GetFileName(UflpaPath), "system", time.GetUtcNow(), ct);
        try
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Imported the bundled entity list: {Lists}", string.Join(", ", versions.Select(v => $"{v.List} ({v.EntryCount} entries)")));
        }
        catch (DbUpdateException)
        {
            // Another replica imported it first (unique list + version).
            db.ChangeTracker.Clear();
        }
    }
}
