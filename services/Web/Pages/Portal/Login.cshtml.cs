using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Portal;

namespace SupplierDD.Web.Pages.Portal;

/// <summary>
/// The portal's sign-in: email and password, with Identity's lockout and the portal's failure budget per client
/// address and per email address. An internal user who lands here is signed in and sent to the back-office.
/// </summary>
public sealed class LoginModel(SignInManager<WebUser> signIn, FailedAttempts attempts, IStringLocalizer<PortalResource> T, ILogger<LoginModel> logger)
    : PortalFormPage(attempts)
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool SignedOut { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address."), Display(Name = "Email")]
        public string Email { get; set; } = "";
        [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(Landing(User.IsInRole("supplier")));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var keys = FailedAttempts.Keys(HttpContext, AttemptKind.Password, Input.Email);
        if (Blocked(keys)) return Page();
        if (!ModelState.IsValid) return Page();

        var email = Input.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            CountFailure(keys);
            if (result.IsLockedOut) logger.LogWarning("Portal sign-in refused: account locked after repeated failures");
            ModelState.AddModelError("", result.IsLockedOut
                ? T["Too many failed attempts for this account. Try again in 15 minutes, or ask for a sign-in link by email."]
                : T["Email or password is not right."]);
            return Page();
        }
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is not null) Cultures.Remember(Response, Cultures.Normalize(user.Language));
        return LocalRedirect(Landing(user?.SupplierId is not null));
    }

    /// <summary>Supplier users stay in the portal (at the page they asked for); internal users go to the back-office.</summary>
    string Landing(bool supplier)
    {
        if (!supplier) return "/";
        return Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/portal", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/portal";
    }
}
