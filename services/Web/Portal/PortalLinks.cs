using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Portal;

public enum LinkState { Invalid, Used, Expired, Valid }

/// <summary>What a submitted token turned out to be; <see cref="Link"/> is null for an unknown token.</summary>
public sealed record LinkLookup(LinkState State, PortalLinkToken? Link);

/// <summary>A link just issued: its URL and code (the token) exist only here and in the email.</summary>
public sealed record IssuedLink(Guid Id, string Url, string Code, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues and redeems one-time portal links. The token travels in the URL fragment
/// (<c>/portal/setup#token</c>), which browsers never send to a server, so it stays out of access logs and
/// Referer headers; the page's script posts it.
/// </summary>
public sealed class PortalLinks(WebDbContext db, TimeProvider time, IOptions<PortalOptions> options, IOptions<PublicUrlOptions> urls)
{
    public const string SetUpPath = "/portal/setup";
    public const string SignInPath = "/portal/signin-link";

    /// <summary>A new link for <paramref name="user"/>; earlier unused links of the same purpose stop working.</summary>
    public async Task<IssuedLink> IssueAsync(WebUser user, PortalLinkPurpose purpose, string createdBy, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await db.PortalLinkTokens.Where(t => t.UserId == user.Id && t.Purpose == purpose && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);

        var token = LinkTokens.New();
        var link = new PortalLinkToken
        {
            Id = Guid.NewGuid(), UserId = user.Id, Purpose = purpose, TokenHash = LinkTokens.Hash(token),
            CreatedAt = now, ExpiresAt = now + Lifetime(purpose), CreatedBy = createdBy,
        };
        db.PortalLinkTokens.Add(link);
        await db.SaveChangesAsync(ct);
        db.Entry(link).State = EntityState.Detached;
        var path = purpose == PortalLinkPurpose.SetUp ? SetUpPath : SignInPath;
        return new IssuedLink(link.Id, urls.Value.Link($"{path}#{token}"), token, link.ExpiresAt);
    }

    public TimeSpan Lifetime(PortalLinkPurpose purpose) =>
        purpose == PortalLinkPurpose.SetUp ? options.Value.SetUpLinkLifetime : options.Value.SignInLinkLifetime;

    /// <summary>Looks a submitted token up without using it.</summary>
    public async Task<LinkLookup> FindAsync(string? token, PortalLinkPurpose purpose, CancellationToken ct = default)
    {
        if (!LinkTokens.IsWellFormed(token)) return new LinkLookup(LinkState.Invalid, null);
        var hash = LinkTokens.Hash(token!);
        var link = await db.PortalLinkTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (link is null || link.Purpose != purpose) return new LinkLookup(LinkState.Invalid, null);
        if (link.UsedAt is not null) return new LinkLookup(LinkState.Used, link);
        if (link.ExpiresAt <= time.GetUtcNow()) return new LinkLookup(LinkState.Expired, link);
        return new LinkLookup(LinkState.Valid, link);
    }

    /// <summary>
    /// Uses the link: one conditional UPDATE that succeeds for exactly one caller, so two submissions at once
    /// (a double click, two tabs) cannot both get through. False when it was used or expired meanwhile.
    /// </summary>
    public async Task<bool> ConsumeAsync(Guid id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var changed = await db.PortalLinkTokens.Where(t => t.Id == id && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        return changed == 1;
    }

    /// <summary>Withdraws a link whose email could not be sent, so no copy of it can work later.</summary>
    public Task WithdrawAsync(Guid id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return db.PortalLinkTokens.Where(t => t.Id == id && t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
    }
}
