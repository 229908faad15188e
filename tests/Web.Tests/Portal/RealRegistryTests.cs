extern alias Registry;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>The Web app in front of the real supplier registry, which checks every token it gets.</summary>
public sealed class RealRegistryPortalFactory : PortalFactory
{
    public RealRegistry RegistryServer { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        RegistryServer = new RealRegistry();
        RegistryBaseUrl = RegistryServer.BaseUrl;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (RegistryServer is not null) await RegistryServer.DisposeAsync();
    }
}

public sealed class RealRegistryTests(RealRegistryPortalFactory factory) : IClassFixture<RealRegistryPortalFactory>
{
    /// <summary>
    /// The registry answers a supplier token only for the supplier in its supplier_id claim: the portal showing
    /// the record proves the token the Web app minted for the supplier user carries it.
    /// </summary>
    [Fact]
    public async Task InviteSetUpAndPortal_AgainstTheRealRegistry_SupplierSeesItsOwnRecord()
    {
        var supplierId = await CreateSupplierAsync("Ordos Quartz Materials", "鄂尔多斯石英材料有限公司");
        var email = NewEmail();

        var invited = await InviteAsync(factory, supplierId, email, name: "Gao Yan", language: "zh-CN");
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var browser = factory.Browser();
        Assert.Equal("/portal", (await SetUpAsync(browser, LatestLink(factory, email).Token)).RedirectedTo);
        var portal = await browser.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.OK, portal.Status);
        Assert.Equal("Ordos Quartz Materials", portal.Find("[data-testid=portal-supplier-name]")?.TextContent.Trim());
        Assert.Equal("已邀请", portal.Find("[data-testid=portal-supplier-status]")?.TextContent.Trim());
    }

    async Task<Guid> CreateSupplierAsync(string name, string localName)
    {
        var minter = factory.Services.GetRequiredService<ServiceTokenMinter>();
        using var http = new HttpClient { BaseAddress = new Uri(factory.RegistryServer.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", minter.Mint("test-setup", [SupplierDD.ServiceDefaults.Auth.Roles.Procurement], null, TimeSpan.FromMinutes(5), SupplierDD.ServiceDefaults.Auth.Audiences.SupplierRegistry));
        var response = await http.PostAsJsonAsync("/api/suppliers", new
        {
            name, localName, countryCode = "CN", regionCode = "CN-NM", roles = new[] { "Quartz" }, contactEmail = "sales@ordos-quartz.example",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<Created>();
        return created!.Supplier.Id;
    }

    sealed record Created(CreatedSupplier Supplier);
    sealed record CreatedSupplier(Guid Id);
}
