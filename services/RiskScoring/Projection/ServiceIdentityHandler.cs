using System.Net.Http.Headers;
using SupplierDD.ServiceDefaults.Auth;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>Calls to the registry carry a short-lived token for this service itself (it reads, as an internal user would).</summary>
public sealed class ServiceIdentityHandler(ServiceTokenMinter minter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", minter.Mint("service:risk-scoring", [Roles.RiskAnalyst], null, TimeSpan.FromMinutes(5)));
        return base.SendAsync(request, cancellationToken);
    }
}
