using System.Net;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

public sealed class SupplierFormTests(WebFactory factory) : IClassFixture<WebFactory>
{
    const string Form = "form[data-testid=supplier-form]";

    [Fact]
    public async Task Create_Valid_RegistersAndGoesToTheSupplierWithAMessage()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var name = $"{Token()} Wafer Co";

        var result = await browser.SubmitAsync(await browser.GetAsync("/suppliers/new"), Form, new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.LocalName"] = "示例硅片", ["Input.Aliases"] = "EW Solar\n\nExample Wafer ", ["Input.CountryCode"] = "CN",
            ["Input.RegionCode"] = "CN-JS", ["Input.Roles"] = "Wafer", ["Input.ContactEmail"] = "qa@example.com",
        });

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var id = Guid.Parse(result.RedirectedTo!["/suppliers/".Length..]);
        var created = factory.Registry.Find(id)!.Supplier;
        Assert.Equal(name, created.Name);
        Assert.Equal(["EW Solar", "Example Wafer"], created.Aliases);
        Assert.Equal(["Wafer"], created.Roles);
        var details = await browser.GetAsync(result.RedirectedTo!);
        Assert.True(details.Status == HttpStatusCode.OK, details.Html);
        Assert.Contains($"{name} is registered.", details.Text);
        Assert.Equal(name, details.Find("[data-testid=supplier-name]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Create_RegistryFieldErrors_ShowNextToTheirFieldsAndKeepTheInput()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        factory.Registry.NextValidationErrors = new()
        {
            ["registrationId.value"] = "'9132' is not a valid Unified Social Credit Code: must be 18 characters, got 4.",
            ["regionCode"] = "'CN-BJ' (Beijing Shi) is a region of CN, not of VN.",
            ["aliases[1]"] = "must not start with =, +, - or @: it would run as a formula when the data is opened in a spreadsheet.",
            ["contactEmail"] = "'qa@' is not an email address.",
        };

        var result = await browser.SubmitAsync(await browser.GetAsync("/suppliers/new"), Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Hanoi Cell JSC", ["Input.Aliases"] = "HCJ\n=SUM(A1)", ["Input.RegistrationValue"] = "9132", ["Input.CountryCode"] = "VN",
            ["Input.RegionCode"] = "CN-BJ", ["Input.Roles"] = "Cell", ["Input.ContactEmail"] = "qa@",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("'9132' is not a valid Unified Social Credit Code: must be 18 characters, got 4.", result.FieldError("Input.RegistrationValue"));
        Assert.Equal("'CN-BJ' (Beijing Shi) is a region of CN, not of VN.", result.FieldError("Input.RegionCode"));
        Assert.StartsWith("Alias must not start with =", result.FieldError("Input.Aliases"));
        Assert.Equal("'qa@' is not an email address.", result.FieldError("Input.ContactEmail"));
        Assert.Equal("", result.FieldError("Input.Name"));
        Assert.Equal("Hanoi Cell JSC", result.Find("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("HCJ\n=SUM(A1)", result.Find("#Input_Aliases")?.TextContent.Trim());
        Assert.Equal("VN", result.Find("#Input_CountryCode option[selected]")?.GetAttribute("value"));
        Assert.NotNull(result.Find("input[name='Input.Roles'][value=Cell][checked]"));
        Assert.Equal("true", result.Find("#Input_RegionCode")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Create_WithoutName_NamesTheFieldAndDoesNotCallTheRegistry()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync("/suppliers/new");
        var creates = factory.Registry.Calls.Count(c => c == nameof(IRegistryApi.CreateSupplier));

        var result = await browser.SubmitAsync(page, Form, new Dictionary<string, string> { ["Input.Name"] = " ", ["Input.CountryCode"] = "CN" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Enter the supplier's name.", result.FieldError("Input.Name"));
        Assert.Equal(creates, factory.Registry.Calls.Count(c => c == nameof(IRegistryApi.CreateSupplier)));
    }

    [Fact]
    public async Task Create_SimilarNameInTheSameCountry_WarnsOfPossibleDuplicatesOnTheNextPage()
    {
        var name = $"{Token()} Polysilicon";
        var existing = factory.Registry.Add(name);
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync("/suppliers/new"), Form,
            new Dictionary<string, string> { ["Input.Name"] = name, ["Input.CountryCode"] = "CN" });
        var details = await browser.GetAsync(result.RedirectedTo!);

        var warning = details.Find("[data-testid=duplicates-warning]");
        Assert.NotNull(warning);
        Assert.NotNull(warning.QuerySelector($"a[href='/suppliers/{existing.Supplier.Id}']"));
        Assert.Null((await browser.GetAsync(result.RedirectedTo!)).Find("[data-testid=duplicates-warning]"));
    }

    [Fact]
    public async Task Create_RegistrationIdTaken_SaysSoNextToTheIdAndLinksToTheHolder()
    {
        var holder = factory.Registry.Add($"{Token()} Holder");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync("/suppliers/new"), Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Another Name", ["Input.CountryCode"] = "CN", ["Input.RegistrationValue"] = holder.Supplier.RegistrationId!.Value!,
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("is registered to", result.FieldError("Input.RegistrationValue"));
        Assert.NotNull(result.Find($"[data-testid=existing-supplier] a[href='/suppliers/{holder.Supplier.Id}']"));
    }

    [Fact]
    public async Task Edit_Get_FillsTheFormAndCarriesTheVersionToSendAsIfMatch()
    {
        var supplier = factory.Registry.Add($"{Token()} Edit Me", roles: ["Ingot", "Wafer"]).Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync($"/suppliers/{supplier.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(supplier.Name, page.Find("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("\"1\"", page.Find("input[name=ETag]")?.GetAttribute("value"));
        Assert.Equal(2, page.FindAll("input[name='Input.Roles'][checked]").Count);
    }

    [Fact]
    public async Task Edit_Save_UpdatesAndGoesBackToTheSupplier()
    {
        var supplier = factory.Registry.Add($"{Token()} Old Name").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync($"/suppliers/{supplier.Id}/edit"), Form,
            new Dictionary<string, string> { ["Input.Name"] = "Brand New Name" });

        Assert.Equal($"/suppliers/{supplier.Id}", result.RedirectedTo);
        Assert.Equal("Brand New Name", factory.Registry.Find(supplier.Id)!.Supplier.Name);
        Assert.Equal(2, factory.Registry.Find(supplier.Id)!.Supplier.Version);
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedMeanwhile_KeepsTheInputAndOffersAReload()
    {
        var supplier = factory.Registry.Add($"{Token()} Contested").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var form = await browser.GetAsync($"/suppliers/{supplier.Id}/edit");
        await factory.Registry.UpdateSupplier(supplier.Id, new SupplierRequest("Their Name", null, [], null, null, "CN", null, [], null), "\"1\"");

        var result = await browser.SubmitAsync(form, Form, new Dictionary<string, string> { ["Input.Name"] = "My Name" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Someone else changed this supplier", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal($"/suppliers/{supplier.Id}/edit", result.Find("[data-testid=edit-reload]")?.GetAttribute("href"));
        Assert.Equal("My Name", result.Find("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("Their Name", factory.Registry.Find(supplier.Id)!.Supplier.Name);
    }

    [Fact]
    public async Task Edit_UnknownSupplier_IsNotFound()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync($"/suppliers/{Guid.NewGuid()}/edit");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.NotNull(page.Find("[data-testid=error-page]"));
    }
}
