using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Account;

/// <summary>Sign-in for everyone with a password; supplier users land in the portal, internal users in the back-office.</summary>
public sealed class LoginModel(SignInManager<WebUser> signIn, IOptions<OidcOptions> oidc, IStringLocalizer<SharedResource> T, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public OidcOptions Oidc => oidc.Value;

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
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked after repeated failures");
            ModelState.AddModelError("", T["Too many failed attempts. Try again in 15 minutes."]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", T["Email or password is not right."]);
            return Page();
        }
        var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
        if (user is not null) Cultures.Remember(Response, Cultures.Normalize(user.Language));
        return LocalRedirect(Landing(user?.SupplierId is not null));
    }

    public IActionResult OnPostOidc()
    {
        if (!oidc.Value.Enabled) return NotFound();
        var properties = new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" };
        return Challenge(properties, OidcSignIn.Scheme);
    }

    string Landing(bool supplier)
    {
        if (Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/portal", StringComparison.OrdinalIgnoreCase) == supplier) return ReturnUrl;
        return supplier ? "/portal" : "/";
    }
}
