using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SupplierDD.Web.Auth;

namespace SupplierDD.Web.BackOffice;

/// <summary>
/// The risk pages' role rules, checked by the Web app before the risk service is asked (which checks them again):
/// reviews and hit decisions need <see cref="WebPolicies.RiskAnalyst"/>, the audit log too (even to read), list imports
/// <see cref="WebPolicies.Admin"/>. Like <see cref="ProcurementOnlyFilter"/>: a plain 403 before the antiforgery check,
/// which the status-code pages turn into the friendly error page.
/// </summary>
public sealed class RiskPolicyFilter(string policy, bool includeReads) : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 800;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (isRead && !includeReads) return;
        if (http.User.Identity?.IsAuthenticated != true) return;
        if (await AllowedAsync(http, policy)) return;
        context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
    }

    /// <summary>Whether the signed-in user meets <paramref name="policy"/>: pages use it to hide forms and links they could not use.</summary>
    public static async Task<bool> AllowedAsync(HttpContext http, string policy) =>
        (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, policy)).Succeeded;
}
