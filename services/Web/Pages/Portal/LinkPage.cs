using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Portal;

namespace SupplierDD.Web.Pages.Portal;

/// <summary>
/// A page that redeems a one-time link. The token arrives in the URL fragment, which the browser keeps to
/// itself; wwwroot/js/portal/link.js copies it into <see cref="LinkInput.Token"/> (without scripts, people paste
/// the code from the email). Bad tokens count against the client's failure budget.
/// </summary>
public abstract class LinkPage(FailedAttempts attempts, PortalLinks links, UserManager<WebUser> users, ILogger logger) : PortalFormPage(attempts)
{
    /// <summary>Why the link did not work, when it did not.</summary>
    public LinkState? Problem { get; private set; }
    /// <summary>Someone else is signed in in this browser: the link is refused and stays usable.</summary>
    public bool SignedInAsSomeoneElse { get; private set; }

    protected abstract PortalLinkPurpose Purpose { get; }
    protected UserManager<WebUser> Users => users;

    public class LinkInput
    {
        [Required(ErrorMessage = "Enter the code from your email."), Display(Name = "Code from your email")]
        public string Token { get; set; } = "";
    }

    /// <summary>
    /// The link's user when the token is valid and nobody else is signed in here; otherwise null, with
    /// <see cref="Problem"/> or <see cref="SignedInAsSomeoneElse"/> set for the page.
    /// </summary>
    protected async Task<(PortalLinkToken Link, WebUser User)?> CheckAsync(string token, IReadOnlyList<string> keys)
    {
        var lookup = await links.FindAsync(token.Trim(), Purpose, HttpContext.RequestAborted);
        var user = lookup.Link is null ? null : await users.FindByIdAsync(lookup.Link.UserId);
        if (lookup.State != LinkState.Valid || user?.SupplierId is null)
        {
            CountFailure(keys);
            Problem = lookup.State == LinkState.Valid ? LinkState.Invalid : lookup.State;
            // The link's id, never the token: the log must not make a link usable.
            logger.LogInformation("{Purpose} link refused: {State} (link {LinkId})", Purpose, Problem, lookup.Link?.Id);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }
        if (User.Identity?.IsAuthenticated == true && User.FindFirstValue(ClaimTypes.NameIdentifier) != user.Id)
        {
            SignedInAsSomeoneElse = true;
            logger.LogInformation("{Purpose} link {LinkId} refused: another user is signed in in this browser", Purpose, lookup.Link!.Id);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return null;
        }
        return (lookup.Link!, user);
    }

    /// <summary>Marks the link used; false (and <see cref="Problem"/> set) if someone used it first.</summary>
    protected async Task<bool> ConsumeAsync(PortalLinkToken link)
    {
        if (await links.ConsumeAsync(link.Id, HttpContext.RequestAborted)) return true;
        Problem = LinkState.Used;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }
}
