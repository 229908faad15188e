using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Pages.Account;

/// <summary>Sign-out is a POST (with antiforgery), so a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<WebUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var supplier = User.IsInRole("supplier");
        await signIn.SignOutAsync();
        return LocalRedirect(supplier ? "/portal/login?signedOut=true" : "/account/login?signedOut=true");
    }
}
