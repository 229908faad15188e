using System.Net.Http.Headers;
using SupplierDD.ServiceDefaults.Auth;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>
/// Calls to the registry carry a short-lived token for this service itself (role <c>service:risk-scoring</c>, audience the
/// registry), signed with its own key (<c>Auth:Identity</c>): the registry lets that identity read its snapshots and nothing else.
/// </summary>
public sealed class ServiceIdentityHandler(ServiceIdentityMinter minter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", minter.Mint(Audiences.SupplierRegistry, TimeSpan.FromMinutes(5)));
        return base.SendAsync(request, cancellationToken);
    }
}
