using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Portal;

namespace SupplierDD.Web.Pages.Portal;

/// <summary>
/// "Email me a sign-in link". The answer is the same whether or not the address has a portal account, so the
/// page cannot be used to find out who has one. Supplier users get a sign-in link, or a set-up link while they
/// have no password yet; nobody else gets anything. Every request counts against the budget.
/// </summary>
public sealed class RequestLinkModel(
    FailedAttempts attempts, UserManager<WebUser> users, PortalLinks links, PortalEmails emails, ILogger<RequestLinkModel> logger)
    : PortalFormPage(attempts)
{
    [BindProperty] public RequestInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public sealed class RequestInput
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address."), Display(Name = "Email")]
        public string Email { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var keys = FailedAttempts.Keys(HttpContext, AttemptKind.LinkRequest, Input.Email);
        if (Blocked(keys)) return Page();
        if (!ModelState.IsValid) return Page();
        CountFailure(keys);

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user?.SupplierId is not null) await SendLinkAsync(user);
        else logger.LogInformation("Sign-in link requested for an address without a portal account");
        Sent = true;
        return Page();
    }

    async Task SendLinkAsync(WebUser user)
    {
        var setUp = !await users.HasPasswordAsync(user);
        var link = await links.IssueAsync(user, setUp ? PortalLinkPurpose.SetUp : PortalLinkPurpose.SignIn, user.Id, HttpContext.RequestAborted);
        try
        {
            if (setUp) await emails.SendRequestedSetUpLinkAsync(user, link, HttpContext.RequestAborted);
            else await emails.SendSignInLinkAsync(user, link, HttpContext.RequestAborted);
            logger.LogInformation("{Purpose} link emailed to portal user {UserId} on request", setUp ? "Set-up" : "Sign-in", user.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Same answer to the visitor (it must not reveal the account); the log tells operations.
            logger.LogError(e, "The requested link for portal user {UserId} could not be emailed", user.Id);
            await links.WithdrawAsync(link.Id, CancellationToken.None);
        }
    }
}
