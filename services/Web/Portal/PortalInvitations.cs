using Microsoft.AspNetCore.Identity;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Portal;

/// <summary>Who is invited to which supplier's portal, by whom; <see cref="Language"/> is en or zh-CN.</summary>
public sealed record Invitation(Guid SupplierId, string SupplierName, string Email, string DisplayName, string Language, string InviterId, string InviterName);

public enum InvitationOutcome
{
    Sent,
    /// <summary>The address belongs to another supplier's user or to an internal user.</summary>
    EmailTaken,
    /// <summary>The person already set up their account: they sign in or ask for a sign-in link.</summary>
    AlreadySetUp,
    /// <summary>Identity refused the address (e.g. not a valid user name).</summary>
    EmailRejected,
    /// <summary>The email could not be sent; the account stays, so inviting again works.</summary>
    SendFailed,
}

/// <summary>
/// Invites a supplier's contact: creates the supplier user (or takes the not-yet-set-up one of the same
/// supplier), issues a set-up link — which withdraws earlier ones — and emails it in the invitee's language.
/// </summary>
public sealed class PortalInvitations(
    UserManager<WebUser> users, WebDbContext db, PortalLinks links, PortalEmails emails, TimeProvider time, ILogger<PortalInvitations> logger)
{
    public async Task<InvitationOutcome> InviteAsync(Invitation invitation, CancellationToken ct = default)
    {
        var email = invitation.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new WebUser
            {
                UserName = email, Email = email, SupplierId = invitation.SupplierId, DisplayName = invitation.DisplayName.Trim(),
                Language = Cultures.Normalize(invitation.Language), CreatedAt = time.GetUtcNow(), CreatedBy = invitation.InviterId,
            };
            if (!await CreateSupplierUserAsync(user, ct)) return InvitationOutcome.EmailRejected;
        }
        else if (user.SupplierId != invitation.SupplierId)
        {
            return InvitationOutcome.EmailTaken;
        }
        else if (await users.HasPasswordAsync(user))
        {
            return InvitationOutcome.AlreadySetUp;
        }
        else
        {
            user.DisplayName = invitation.DisplayName.Trim();
            user.Language = Cultures.Normalize(invitation.Language);
            await users.UpdateAsync(user);
        }

        var link = await links.IssueAsync(user, PortalLinkPurpose.SetUp, invitation.InviterId, ct);
        try
        {
            await emails.SendSetUpLinkAsync(user, invitation.SupplierName, invitation.InviterName, link, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The exception says why the server refused or was unreachable; it never holds the message body.
            logger.LogError(e, "The invitation email to user {UserId} could not be sent", user.Id);
            await links.WithdrawAsync(link.Id, CancellationToken.None);
            return InvitationOutcome.SendFailed;
        }
        logger.LogInformation("User {UserId} invited to the portal of supplier {SupplierId} by {InviterId}", user.Id, invitation.SupplierId, invitation.InviterId);
        return InvitationOutcome.Sent;
    }

    /// <summary>The account and its role together, or neither: a user without the role could never use the portal.</summary>
    async Task<bool> CreateSupplierUserAsync(WebUser user, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            logger.LogInformation("Invitation refused by Identity: {Errors}", string.Join(", ", created.Errors.Select(e => e.Code)));
            return false;
        }
        var role = await users.AddToRoleAsync(user, Roles.Supplier);
        if (!role.Succeeded) throw new InvalidOperationException("Could not give the supplier role: " + string.Join("; ", role.Errors.Select(e => e.Description)));
        await transaction.CommitAsync(ct);
        return true;
    }
}
