using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Refit;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Portal;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>
/// Procurement invites a supplier's contact to the portal: the account is created (or re-invited while not set
/// up), a set-up link is emailed in the invitee's language, and a Draft supplier becomes Invited.
/// </summary>
public sealed class InviteModel(
    IRegistryApi registry, PortalInvitations invitations, UserManager<WebUser> users, IOptions<PortalOptions> portal,
    IStringLocalizer<PortalResource> T, ILogger<InviteModel> logger) : PageModel
{
    [BindProperty] public InviteInput Input { get; set; } = new();
    public Guid Id { get; private set; }
    public SupplierSummary? Supplier { get; private set; }
    public IReadOnlyList<PortalUserRow> PortalUsers { get; private set; } = [];

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Enter the contact's email address."), EmailAddress(ErrorMessage = "Enter a valid email address."), StringLength(256, ErrorMessage = "Use at most {1} characters."), Display(Name = "Email")]
        public string Email { get; set; } = "";
        [Required(ErrorMessage = "Enter the contact's name."), StringLength(200, ErrorMessage = "Use at most {1} characters."), Display(Name = "Name")]
        public string DisplayName { get; set; } = "";
        [Required(ErrorMessage = "Choose a language."), Display(Name = "Language")]
        public string Language { get; set; } = Cultures.English;
    }

    /// <summary>A portal account of this supplier, for the table under the form.</summary>
    public sealed record PortalUserRow(string Email, string DisplayName, string Language, bool SetUp, DateTimeOffset InvitedAt);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Id = id;
        // An unreachable registry ends on the error page: without the supplier there is nothing to show.
        if (await LoadSupplierAsync(id) is not { } supplier) return NotFound();
        Input = new InviteInput
        {
            Email = supplier.ContactEmail ?? "",
            Language = supplier.CountryCode.Equals("CN", StringComparison.OrdinalIgnoreCase) ? Cultures.Chinese : Cultures.English,
        };
        await LoadPortalUsersAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Id = id;
        if (!Cultures.Supported.Contains(Input.Language)) ModelState.AddModelError("Input.Language", T["Choose English or Simplified Chinese."]);
        SupplierSummary? supplier;
        try
        {
            supplier = await LoadSupplierAsync(id);
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            logger.LogWarning(e, "The registry did not answer; invitation for supplier {SupplierId} not sent", id);
            ModelState.AddModelError("", T["The supplier registry is not answering, so no invitation was sent. Try again in a minute."]);
            await LoadPortalUsersAsync(id);
            return Page();
        }
        if (supplier is null) return NotFound();
        await LoadPortalUsersAsync(id);
        if (!ModelState.IsValid) return Page();

        var inviterId = users.GetUserId(User) ?? throw new InvalidOperationException("Signed-in user without an id.");
        var outcome = await invitations.InviteAsync(
            new Invitation(id, supplier.Name, Input.Email, Input.DisplayName, Input.Language, inviterId, WebClaims.Name(User)), HttpContext.RequestAborted);
        switch (outcome)
        {
            case InvitationOutcome.EmailTaken:
                ModelState.AddModelError("Input.Email", T["This address belongs to another account (another supplier's or your own staff's). Use the contact's own address."]);
                return Page();
            case InvitationOutcome.AlreadySetUp:
                ModelState.AddModelError("Input.Email", T["This person already set up a portal account for this supplier. They sign in at /portal/login, where they can also ask for a sign-in link."]);
                return Page();
            case InvitationOutcome.EmailRejected:
                ModelState.AddModelError("Input.Email", T["This address cannot be used for an account."]);
                return Page();
            case InvitationOutcome.SendFailed:
                ModelState.AddModelError("", T["The invitation email could not be sent (the mail server did not accept it). Try again; the earlier attempt's link does not work."]);
                await LoadPortalUsersAsync(id);
                return Page();
        }

        TempData["Status"] = T["Invitation sent to {0}. The set-up link works once, for {1} hours.", Input.Email.Trim(), (int)portal.Value.SetUpLinkLifetime.TotalHours].Value;
        if (supplier.Status == "Draft") await MarkInvitedAsync(id, Input.Email.Trim());
        return Redirect($"/suppliers/{id}");
    }

    async Task<SupplierSummary?> LoadSupplierAsync(Guid id)
    {
        var response = await registry.GetSupplier(id, HttpContext.RequestAborted);
        if (response.IsSuccessStatusCode && response.Content is { } details) return Supplier = details.Supplier;
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        throw response.Error ?? (Exception)new InvalidOperationException($"The registry answered {(int?)response.StatusCode} without content.");
    }

    /// <summary>Draft → Invited. The invitation is already out: a failure here is reported, not undone.</summary>
    async Task MarkInvitedAsync(Guid id, string email)
    {
        try
        {
            await registry.ChangeStatus(id, new StatusChangeRequest("Invited", $"Portal invitation sent to {email}"), FormVersion.IfMatch(Supplier?.Version), HttpContext.RequestAborted);
        }
        catch (ApiException e) when (e.StatusCode is System.Net.HttpStatusCode.Conflict or System.Net.HttpStatusCode.PreconditionFailed)
        {
            // Someone moved the supplier on meanwhile: nothing to do.
        }
        catch (Exception e) when (e is ApiException || ServiceProblems.IsUnavailable(e))
        {
            logger.LogWarning(e, "Supplier {SupplierId} invited but its status could not be set to Invited", id);
            TempData["Error"] = T["The supplier's status could not be changed to Invited; change it on this page."].Value;
        }
    }

    async Task LoadPortalUsersAsync(Guid id) =>
        PortalUsers = (await users.Users.Where(u => u.SupplierId == id)
                .Select(u => new { u.Email, u.DisplayName, u.Language, SetUp = u.PasswordHash != null, u.CreatedAt })
                .ToListAsync(HttpContext.RequestAborted))
            .OrderBy(u => u.CreatedAt)
            .Select(u => new PortalUserRow(u.Email ?? "", u.DisplayName, u.Language, u.SetUp, u.CreatedAt))
            .ToList();
}
