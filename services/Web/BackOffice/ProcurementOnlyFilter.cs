using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SupplierDD.Web.Auth;

namespace SupplierDD.Web.BackOffice;

/// <summary>
/// Writes need the procurement policy while reads only need an internal role. Razor Pages cannot put a policy on one
/// handler, so this filter checks the policy for every POST of the pages it is added to (and every request, for pages
/// that only exist to write). A refusal is a plain 403, which the status-code pages turn into the friendly error page.
/// </summary>
public sealed class ProcurementOnlyFilter(bool includeReads) : IAsyncAuthorizationFilter, IOrderedFilter
{
    // Before the antiforgery check (1000), so a refused analyst hears 403 whatever token the form carried.
    public int Order => 800;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (isRead && !includeReads) return;
        // Someone not signed in was already sent to sign-in by the folder's policy.
        if (http.User.Identity?.IsAuthenticated != true) return;
        if (await CanWriteAsync(http)) return;
        context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
    }

    /// <summary>Whether the signed-in user may write to the registry: pages use it to hide buttons they could not use.</summary>
    public static async Task<bool> CanWriteAsync(HttpContext http) =>
        (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, WebPolicies.Procurement)).Succeeded;
}
