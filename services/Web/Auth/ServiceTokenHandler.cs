using System.Net.Http.Headers;
using System.Security.Claims;
using SupplierDD.ServiceDefaults.Auth;

namespace SupplierDD.Web.Auth;

/// <summary>
/// On every call to a service, mints a short-lived token for the signed-in user — their id, their roles
/// and, for supplier users, their <c>supplier_id</c> — so each service authorises the person, not the Web app.
/// The token's audience is the service called (<paramref name="audience"/>), so it is good for that service only.
/// </summary>
public sealed class ServiceTokenHandler(IHttpContextAccessor http, ServiceTokenMinter minter, string audience) : DelegatingHandler
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MintFor(user, minter, Lifetime, audience));
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The token for a signed-in principal of the Web app to call the service whose audience is <paramref name="audience"/>.</summary>
    public static string MintFor(ClaimsPrincipal user, ServiceTokenMinter minter, TimeSpan lifetime, string audience)
    {
        var subject = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in user has no id claim.");
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
        return minter.Mint(subject, roles, WebClaims.SupplierId(user), lifetime, audience);
    }
}
