using Microsoft.EntityFrameworkCore;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.BackOffice;

/// <summary>
/// The services record who decided by user id (the <c>sub</c> of the token the Web app minted): the risk pages show
/// the person's display name from the identity store instead, and the raw id for anyone it does not know.
/// </summary>
public sealed class UserNames(WebDbContext db)
{
    readonly Dictionary<string, string> known = new(StringComparer.Ordinal);

    /// <summary>Looks up every id at once; call before rendering, then use <see cref="Of"/>.</summary>
    public async Task LoadAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Where(id => id.Length > 0 && !known.ContainsKey(id)).Distinct().ToList();
        if (wanted.Count == 0) return;
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        foreach (var user in users)
            known[user.Id] = user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id;
    }

    public string Of(string? id) => id is null ? "" : known.GetValueOrDefault(id, id);
}
