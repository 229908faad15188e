using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupplierDD.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public string? Reason { get; private set; }
    public bool IsSupplier => User.IsInRole("supplier");

    public void OnGet(string? reason)
    {
        Reason = reason;
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
