using System.IdentityModel.Tokens.Jwt;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>Who may open what: suppliers stay in the portal, internal users in the back-office.</summary>
public sealed class PortalAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SupplierUser_BackOfficeDashboard_IsDenied()
    {
        var (_, _, browser) = await SetUpContactAsync(factory);

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/access-denied", page.RedirectedTo);
    }

    [Fact]
    public async Task SupplierUser_InvitePage_IsDenied()
    {
        var (supplierId, _, browser) = await SetUpContactAsync(factory);

        var page = await browser.GetAsync($"/suppliers/{supplierId}/invite");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/access-denied", page.RedirectedTo);
    }

    [Fact]
    public async Task InternalUser_Portal_IsDenied()
    {
        var procurement = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await procurement.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/access-denied", page.RedirectedTo);
    }

    [Fact]
    public async Task Anonymous_Portal_GoesToThePortalSignIn()
    {
        var page = await factory.Browser().GetAsync("/portal");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/portal/login", page.RedirectedTo);
    }

    [Theory]
    [InlineData("/portal/login")]
    [InlineData("/portal/request-link")]
    [InlineData("/portal/setup")]
    [InlineData("/portal/signin-link")]
    public async Task PublicPortalPages_OpenWithoutSigningIn_InThePortalLayout(string path)
    {
        var page = await factory.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Supplier portal", page.Find("[data-testid=portal-header-title]")?.TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=language-form]"));
        Assert.Null(page.Find("a[href='/suppliers']"));
    }

    [Fact]
    public async Task PortalLogin_SupplierUser_LandsOnThePortal()
    {
        var (_, email, _) = await SetUpContactAsync(factory);

        var result = await PortalLoginAsync(factory.Browser(), email, Password);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("/portal", result.RedirectedTo);
    }

    [Fact]
    public async Task PortalLogin_InternalUser_GoesToTheBackOffice()
    {
        var result = await PortalLoginAsync(factory.Browser(), DevAccounts.Analyst, DevAccounts.AnalystPassword);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("/", result.RedirectedTo);
    }

    [Fact]
    public async Task PortalLogin_WrongPassword_ShowsErrorAndKeepsEmail()
    {
        var (_, email, _) = await SetUpContactAsync(factory);

        var result = await PortalLoginAsync(factory.Browser(), email, "wrong password, sorry");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Email or password is not right.", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(email, result.Find("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("", result.Find("#Input_Password")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task PortalLogin_MissingFields_NamesEachField()
    {
        var result = await PortalLoginAsync(factory.Browser(), "", "");

        Assert.Equal("Enter your email address.", result.FieldError("Input.Email"));
        Assert.Equal("Enter your password.", result.FieldError("Input.Password"));
    }

    [Fact]
    public async Task SignOut_FromThePortal_ReturnsToThePortalSignIn()
    {
        var (_, _, browser) = await SetUpContactAsync(factory);
        var portal = await browser.GetAsync("/portal");

        var signedOut = await browser.SubmitAsync(portal, "form[data-testid=logout-form]");

        Assert.Equal("/portal/login?signedOut=true", signedOut.RedirectedTo);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/portal")).Status);
    }

    [Fact]
    public async Task PortalHome_ShowsRecordFacilitiesAndEmptyStates()
    {
        var (supplierId, _, browser) = await SetUpContactAsync(factory);
        var facility = await factory.Registry.AddFacility(supplierId, new FacilityRequest("Xuzhou polysilicon plant", "1 Silicon Road, Xuzhou", "CN", "CN-JS", null, null, ["Polysilicon"]));

        var portal = await browser.GetAsync("/portal");

        Assert.Equal("Jiangsu Sunrise Polysilicon Co., Ltd.", portal.Find("[data-testid=portal-header-title]")?.TextContent.Trim());
        Assert.Contains("China", portal.Find("[data-testid=portal-supplier-country]")?.TextContent);
        Assert.Equal("Invited", portal.Find("[data-testid=portal-supplier-status]")?.TextContent.Trim());
        var rows = portal.FindAll("[data-testid=portal-facilities] tbody tr");
        Assert.Contains(facility.Name, Assert.Single(rows).TextContent);
        Assert.Contains("Nothing requested from you yet.", portal.Find("[data-testid=portal-questionnaires-empty]")?.TextContent);
        Assert.Contains("Nothing requested from you yet.", portal.Find("[data-testid=portal-documents-empty]")?.TextContent);
        Assert.Null(portal.Find("a[href='/suppliers']"));
    }

    [Fact]
    public async Task PortalHome_NoFacilities_SaysSo()
    {
        var (_, _, browser) = await SetUpContactAsync(factory);

        var portal = await browser.GetAsync("/portal");

        Assert.NotNull(portal.Find("[data-testid=portal-facilities-empty]"));
        Assert.Null(portal.Find("[data-testid=portal-facilities]"));
    }

    [Fact]
    public async Task PortalHome_RegistryDown_ShowsAFriendlyStateNot500()
    {
        var (_, _, browser) = await SetUpContactAsync(factory);
        Page portal;
        factory.Registry.Down = true;
        try
        {
            portal = await browser.GetAsync("/portal");
        }
        finally
        {
            factory.Registry.Down = false;
        }

        Assert.Equal(HttpStatusCode.OK, portal.Status);
        Assert.NotNull(portal.Find("[data-testid=portal-registry-unavailable]"));
    }

    [Fact]
    public async Task ServiceToken_ForSupplierUser_CarriesItsSupplierId()
    {
        var (supplierId, email, _) = await SetUpContactAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = await users.Users.SingleAsync(u => u.Email == email);
        // The principal the sign-in cookie carries, then the token ServiceTokenHandler forwards for it.
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<WebUser>>().CreateAsync(user);

        var token = ServiceTokenHandler.MintFor(principal, scope.ServiceProvider.GetRequiredService<ServiceTokenMinter>(), TimeSpan.FromMinutes(5), Audiences.SupplierRegistry);

        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
        Assert.Equal(supplierId.ToString(), jwt.Claims.Single(c => c.Type == ClaimNames.SupplierId).Value);
        Assert.Equal(user.Id, jwt.Subject);
        Assert.Equal(["supplier"], jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
    }
}
