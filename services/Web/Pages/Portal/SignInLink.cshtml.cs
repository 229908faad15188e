using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Portal;

namespace SupplierDD.Web.Pages.Portal;

/// <summary>
/// An emailed sign-in link. Opening it only shows a button; the POST signs in, so mail scanners that open
/// links do not use them up.
/// </summary>
public sealed class SignInLinkModel(
    FailedAttempts attempts, PortalLinks links, UserManager<WebUser> users, SignInManager<WebUser> signIn, ILogger<SignInLinkModel> logger)
    : LinkPage(attempts, links, users, logger)
{
    [BindProperty] public LinkInput Input { get; set; } = new();
    protected override PortalLinkPurpose Purpose => PortalLinkPurpose.SignIn;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var keys = FailedAttempts.Keys(HttpContext, AttemptKind.Link);
        if (Blocked(keys)) return Page();
        if (!ModelState.IsValid) return Page();
        if (await CheckAsync(Input.Token, keys) is not var (link, user)) return Page();
        if (!await ConsumeAsync(link)) return Page();

        logger.LogInformation("Portal user {UserId} signed in with an emailed link", user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        Cultures.Remember(Response, Cultures.Normalize(user.Language));
        return LocalRedirect("/portal");
    }
}
