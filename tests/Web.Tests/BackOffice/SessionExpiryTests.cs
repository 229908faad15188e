using System.Net;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

/// <summary>Its own factory: these tests move the clock past the idle timeout.</summary>
public sealed class SessionExpiryTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task FormPostedAfterTheSessionExpired_GoesToSignInAndBackToTheSupplierPage()
    {
        var supplier = factory.Registry.Add($"{Token()} Patient").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");
        factory.Time.Advance(TimeSpan.FromMinutes(31));

        var posted = await browser.SubmitAsync(page, "form[data-testid=status-form]",
            new Dictionary<string, string> { ["StatusChange.Status"] = "Invited", ["StatusChange.Reason"] = "late" });
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var login = await browser.GetAsync(posted.RedirectedTo!);
        var signedIn = await browser.SubmitAsync(login, "form[method=post]:not([action])",
            new Dictionary<string, string> { ["Input.Email"] = DevAccounts.Procurement, ["Input.Password"] = DevAccounts.ProcurementPassword });
        var back = await browser.GetAsync(signedIn.RedirectedTo!);

        Assert.StartsWith($"/suppliers/{supplier.Id}", signedIn.RedirectedTo);
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Equal(supplier.Name, back.Find("[data-testid=supplier-name]")?.TextContent.Trim());
        Assert.NotNull(back.Find("form[data-testid=status-form]"));
        Assert.Equal("Draft", factory.Registry.Find(supplier.Id)!.Supplier.Status);
    }

    [Fact]
    public async Task UploadPostedAfterTheSessionExpired_GoesToSignInAndBackToTheImportForms()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var imports = await browser.GetAsync("/imports");
        factory.Time.Advance(TimeSpan.FromMinutes(31));

        var posted = await browser.Http.PostAsync("/imports?handler=Suppliers",
            new FormUrlEncodedContent([new("__RequestVerificationToken", AntiforgeryToken(imports))]));
        var login = await browser.GetAsync(posted.Headers.Location!.OriginalString);
        var signedIn = await browser.SubmitAsync(login, "form[method=post]:not([action])",
            new Dictionary<string, string> { ["Input.Email"] = DevAccounts.Procurement, ["Input.Password"] = DevAccounts.ProcurementPassword });
        var back = await browser.GetAsync(signedIn.RedirectedTo!);

        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.NotNull(back.Find("form[data-testid=import-suppliers]"));
    }
}
