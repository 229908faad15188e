using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages;

/// <summary>The language switcher's target: remembers the choice in a cookie and, for a signed-in user, on the account (emails use it).</summary>
public sealed class LanguageModel(UserManager<WebUser> users) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var chosen = Cultures.Normalize(culture);
        Cultures.Remember(Response, chosen);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.Language != chosen)
        {
            user.Language = chosen;
            await users.UpdateAsync(user);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
