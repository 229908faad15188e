using System.Net;
using System.Reflection;
using Refit;
using SupplierDD.ServiceDefaults.Http;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>
/// Stands in front of <see cref="FakeRegistry"/> for the portal tests. Refit 16's ApiResponse refuses a response
/// without a RequestMessage, which FakeRegistry.GetSupplier builds; until that is fixed there (set RequestMessage on
/// both responses), this rebuilds GetSupplier's answer from the same data. Every other call goes straight through,
/// and GetSupplier is still called first, so FakeRegistry's call log and Down switch keep working.
/// </summary>
public class RegistryResponseFix : DispatchProxy
{
    FakeRegistry fake = null!;

    public static IRegistryApi For(FakeRegistry fake)
    {
        var proxy = Create<IRegistryApi, RegistryResponseFix>();
        ((RegistryResponseFix)(object)proxy).fake = fake;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name == nameof(IRegistryApi.GetSupplier)) return GetSupplier((Guid)args![0]!, (CancellationToken)args[1]!);
        try
        {
            return targetMethod!.Invoke(fake, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    async Task<IApiResponse<SupplierDetails>> GetSupplier(Guid id, CancellationToken ct)
    {
        try
        {
            return await fake.GetSupplier(id, ct);
        }
        catch (ArgumentException e) when (e.ParamName == "response")
        {
            // FakeRegistry's response without a request message: answer as it meant to.
        }
        var request = new HttpRequestMessage(HttpMethod.Get, $"http://registry.test/api/suppliers/{id}");
        if (fake.Find(id) is { } details)
        {
            var ok = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
            ok.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue($"\"{details.Supplier.Version}\"");
            return new ApiResponse<SupplierDetails>(ok, details, ServiceClientExtensions.Settings);
        }
        var notFound = new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        return new ApiResponse<SupplierDetails>(notFound, null, ServiceClientExtensions.Settings,
            await FakeRegistry.Problem(HttpMethod.Get, $"/api/suppliers/{id}", HttpStatusCode.NotFound, "Supplier not found", null));
    }
}
