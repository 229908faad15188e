using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

/// <summary>The back-office driving the real supplier registry: its validation, ETags, background imports and traces.</summary>
public sealed class RealRegistryTests : IClassFixture<RealRegistry>, IClassFixture<SystemClockWebFactory>
{
    const string Form = "form[data-testid=supplier-form]";
    readonly SystemClockWebFactory factory;

    public RealRegistryTests(RealRegistry registry, SystemClockWebFactory factory)
    {
        factory.RegistryBaseUrl = registry.BaseUrl;
        this.factory = factory;
    }

    [Fact]
    public async Task CreateThroughTheForm_ThenFindItWithTheListSearch()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var token = Token();
        var uscc = NewUscc();

        var created = await CreateAsync(browser, $"{token} Silicon Co", uscc, "CN-XJ", "Polysilicon");
        var list = await browser.GetAsync($"/suppliers?search={uscc.ToLowerInvariant()}");

        var row = Assert.Single(list.FindAll("[data-testid=supplier-row]"));
        Assert.Equal(created.ToString(), row.GetAttribute("data-supplier-id"));
        Assert.Contains($"{token} Silicon Co", row.TextContent);
        Assert.NotNull(row.QuerySelector("[data-testid=high-risk-badge]"));
        var details = await browser.GetAsync($"/suppliers/{created}");
        Assert.NotNull(details.Find("[data-testid=high-risk-alert]"));
        Assert.Equal("Draft", details.Find("[data-testid=supplier-status]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Create_InvalidIdsAndRegion_ShowTheRegistrysOwnErrorsNextToTheFields()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync("/suppliers/new"), Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Typo Solar", ["Input.CountryCode"] = "CN", ["Input.RegistrationValue"] = "91320500MA2B7N4C5X",
            ["Input.RegionCode"] = "DE-BY", ["Input.ContactEmail"] = "not-an-email", ["Input.Aliases"] = "Good alias\n@bad alias",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("is not a valid Unified Social Credit Code", result.FieldError("Input.RegistrationValue"));
        Assert.Contains("is a region of DE, not of CN", result.FieldError("Input.RegionCode"));
        Assert.Contains("is not an email address", result.FieldError("Input.ContactEmail"));
        Assert.StartsWith("Alias must not start with", result.FieldError("Input.Aliases"));
        Assert.Equal("Typo Solar", result.Find("#Input_Name")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Edit_WithTheRegistrysETag_Saves_AndAStaleFormIsRefusedWithTheInputKept()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var id = await CreateAsync(browser, $"{Token()} Versioned", NewUscc(), "CN-JS", "Wafer");
        var first = await browser.GetAsync($"/suppliers/{id}/edit");
        var second = await browser.GetAsync($"/suppliers/{id}/edit");

        var saved = await browser.SubmitAsync(first, Form, new Dictionary<string, string> { ["Input.Name"] = "First Edit" });
        var stale = await browser.SubmitAsync(second, Form, new Dictionary<string, string> { ["Input.Name"] = "Second Edit" });

        Assert.Equal($"/suppliers/{id}", saved.RedirectedTo);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.NotNull(stale.Find("[data-testid=edit-conflict]"));
        Assert.Equal("Second Edit", stale.Find("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("First Edit", (await browser.GetAsync($"/suppliers/{id}")).Find("[data-testid=supplier-name]")?.TextContent.Trim());
    }

    [Fact]
    public async Task ImportTheTemplates_ProgressReachesCompleted_AndTheGraphShowsTheChain()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var suppliersCsv = await browser.Http.GetStringAsync("/templates/suppliers-import-template.csv");
        var linksCsv = await browser.Http.GetStringAsync("/templates/supply-links-import-template.csv");

        var suppliers = await ImportAndWaitAsync(browser, "Suppliers", "SuppliersFile", suppliersCsv);
        Assert.Equal(("Completed", 5, 0), (suppliers.GetProperty("status").GetString(), suppliers.GetProperty("created").GetInt32(), suppliers.GetProperty("failed").GetInt32()));
        var links = await ImportAndWaitAsync(browser, "Links", "LinksFile", linksCsv);
        Assert.Equal(("Completed", 0), (links.GetProperty("status").GetString(), links.GetProperty("failed").GetInt32()));

        var list = await browser.GetAsync("/suppliers?search=91320200MA1W8K3B5Y");
        var wafer = Guid.Parse(Assert.Single(list.FindAll("[data-testid=supplier-row]")).GetAttribute("data-supplier-id")!);
        var response = await GetJsonAsync(browser, $"/suppliers/{wafer}/graph?handler=Data&depth=6");
        var graph = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var tiers = graph.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("tier").GetInt32());
        Assert.Equal(new Dictionary<string, int>
        {
            ["Example Quartz Mining Co."] = -2, ["Example Polysilicon Co."] = -1, ["Example Wafer Co."] = 0, ["Example Cell Co."] = 1, ["Example Module GmbH"] = 2,
        }, tiers);
        Assert.True(graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("tier").GetInt32() == -1).GetProperty("highRisk").GetBoolean());
        Assert.Equal(4, graph.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task AddLinkOnTheDetailPage_ThenTheGraphHasBothSuppliers()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var token = Token();
        var cell = await CreateAsync(browser, $"{token} Cell Maker", NewUscc(), "CN-JS", "Cell");
        var wafer = await CreateAsync(browser, $"{token} Wafer Maker", NewUscc(), "CN-JS", "Wafer");

        var search = await browser.GetAsync($"/suppliers/{cell}?find={token}");
        var added = await browser.SubmitAsync(search, "form[data-testid=link-form]",
            new Dictionary<string, string> { ["Link.UpstreamSupplierId"] = wafer.ToString(), ["Link.Material"] = "wafer", ["Link.SharePercent"] = "75" });
        Assert.Equal($"/suppliers/{cell}#link", added.RedirectedTo);

        var graphPage = await browser.GetAsync($"/suppliers/{cell}/graph");
        Assert.Equal(2, graphPage.FindAll("[data-testid=graph-row]").Count);
        var data = JsonDocument.Parse(await (await GetJsonAsync(browser, $"/suppliers/{cell}/graph?handler=Data")).Content.ReadAsStringAsync()).RootElement;
        var edge = Assert.Single(data.GetProperty("edges").EnumerateArray().ToList());
        Assert.Equal((wafer, cell, "Wafer", 75m), (edge.GetProperty("source").GetGuid(), edge.GetProperty("target").GetGuid(),
            edge.GetProperty("material").GetString(), edge.GetProperty("sharePercent").GetDecimal()));
    }

    async Task<Guid> CreateAsync(PageClient browser, string name, string uscc, string region, string role)
    {
        var result = await browser.SubmitAsync(await browser.GetAsync("/suppliers/new"), Form, new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.CountryCode"] = "CN", ["Input.RegistrationValue"] = uscc, ["Input.RegionCode"] = region, ["Input.Roles"] = role,
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"create failed ({(int)result.Status}):\n{result.Text}");
        return Guid.Parse(result.RedirectedTo!["/suppliers/".Length..]);
    }

    /// <summary>Uploads like the import page, then polls its Status handler like import-progress.js does.</summary>
    static async Task<JsonElement> ImportAndWaitAsync(PageClient browser, string handler, string field, string csv)
    {
        var upload = await UploadAsync(browser, handler, field, $"{handler.ToLowerInvariant()}.csv", csv);
        Assert.True(upload.StatusCode == HttpStatusCode.Redirect, $"upload answered {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync()}");
        var progress = upload.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(progress)).Status);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var job = JsonDocument.Parse(await (await GetJsonAsync(browser, progress + "?handler=Status")).Content.ReadAsStringAsync()).RootElement;
            if (job.GetProperty("finished").GetBoolean()) return job;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the import did not finish: {job}");
            await Task.Delay(200);
        }
    }
}
