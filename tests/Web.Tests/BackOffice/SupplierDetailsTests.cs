using System.Net;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

public sealed class SupplierDetailsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Details_ShowsSummaryFacilitiesHistoryLinksAndActions()
    {
        var token = Token();
        var supplier = factory.Registry.Add($"{token} Wafer", roles: ["Wafer"]).Supplier;
        await factory.Registry.AddFacility(supplier.Id, new FacilityRequest("Hami plant", null, "CN", "CN-XJ", null, null, ["Ingot"]));
        await factory.Registry.ChangeStatus(supplier.Id, new StatusChangeRequest("Invited", "Questionnaire sent"), $"\"{factory.Registry.Find(supplier.Id)!.Supplier.Version}\"");
        var poly = factory.Registry.Add($"{token} Poly").Supplier;
        var cell = factory.Registry.Add($"{token} Cell").Supplier;
        factory.Registry.Link(poly.Id, supplier.Id, "Polysilicon");
        factory.Registry.Link(supplier.Id, cell.Id, "Wafer");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Invited", page.Find("[data-testid=supplier-status]")?.TextContent.Trim());
        Assert.Contains("CN-XJ (Xinjiang", page.Find("[data-testid=high-risk-alert]")?.TextContent);
        Assert.Contains("Hami plant", page.Find("[data-testid=facilities-table]")?.TextContent);
        Assert.Contains("Questionnaire sent", page.Find("[data-testid=status-history]")?.TextContent);
        Assert.Equal(poly.Id.ToString(), page.Find("[data-testid=upstream-links] [data-testid=link-row]")?.GetAttribute("data-supplier-id"));
        Assert.Equal(cell.Id.ToString(), page.Find("[data-testid=downstream-links] [data-testid=link-row]")?.GetAttribute("data-supplier-id"));
        Assert.Equal($"/suppliers/{supplier.Id}/edit", page.Find("[data-testid=edit-supplier]")?.GetAttribute("href"));
        Assert.Equal($"/suppliers/{supplier.Id}/graph", page.Find("[data-testid=open-graph]")?.GetAttribute("href"));
        Assert.Equal($"/suppliers/{supplier.Id}/invite", page.Find("[data-testid=invite-supplier]")?.GetAttribute("href"));
        Assert.Equal<string?>(["UnderAssessment"], page.FindAll("[data-testid=status-select] option").Select(o => o.GetAttribute("value")).ToList());
    }

    [Fact]
    public async Task Details_UnknownSupplier_IsNotFound()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/suppliers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Find("[data-testid=error-page]")?.TextContent);
    }

    [Fact]
    public async Task Details_Analyst_SeesTheSupplierButNoWriteButtonsOrForms()
    {
        var token = Token();
        var supplier = factory.Registry.Add($"{token} Read Only").Supplier;
        factory.Registry.Link(factory.Registry.Add($"{token} Upstream").Supplier.Id, supplier.Id);
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("[data-testid=open-graph]"));
        Assert.NotNull(page.Find("[data-testid=upstream-links]"));
        foreach (var writeOnly in new[] { "edit-supplier", "invite-supplier", "status-form", "facility-form", "add-link", "unlink-form" })
            Assert.Null(page.Find($"[data-testid={writeOnly}]"));
    }

    [Fact]
    public async Task Analyst_WritePosts_AreForbidden()
    {
        var supplier = factory.Registry.Add($"{Token()} Guarded").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var token = AntiforgeryToken(await browser.GetAsync($"/suppliers/{supplier.Id}"));
        var writes = new (string Url, Dictionary<string, string> Fields)[]
        {
            ($"/suppliers/{supplier.Id}?handler=Status", new() { ["StatusChange.Status"] = "Invited", ["StatusChange.Reason"] = "why not" }),
            ($"/suppliers/{supplier.Id}?handler=Facility", new() { ["Facility.Name"] = "Plant", ["Facility.CountryCode"] = "CN" }),
            ($"/suppliers/{supplier.Id}?handler=Link", new() { ["Link.UpstreamSupplierId"] = supplier.Id.ToString(), ["Link.Material"] = "Wafer" }),
            ($"/suppliers/{supplier.Id}?handler=Unlink", new() { ["upstreamId"] = supplier.Id.ToString() }),
            ("/suppliers/new", new() { ["Input.Name"] = "Sneaky", ["Input.CountryCode"] = "CN" }),
            ($"/suppliers/{supplier.Id}/edit", new() { ["Input.Name"] = "Sneaky", ["Input.CountryCode"] = "CN", ["ETag"] = "\"1\"" }),
            ("/imports?handler=Suppliers", new()),
        };
        var callsBefore = factory.Registry.Calls.Count;

        foreach (var (url, fields) in writes)
        {
            fields["__RequestVerificationToken"] = token;
            var response = await browser.Http.PostAsync(url, new FormUrlEncodedContent(fields));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/suppliers/new")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/suppliers/{supplier.Id}/edit")).Status);
        Assert.Equal(callsBefore, factory.Registry.Calls.Count);
        Assert.Equal("Draft", factory.Registry.Find(supplier.Id)!.Supplier.Status);
    }

    [Fact]
    public async Task StatusChange_WithReason_MovesTheSupplierAndRecordsWhy()
    {
        var supplier = factory.Registry.Add($"{Token()} Moving").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync($"/suppliers/{supplier.Id}"), "form[data-testid=status-form]",
            new Dictionary<string, string> { ["StatusChange.Status"] = "Invited", ["StatusChange.Reason"] = "Questionnaire campaign 2026" });

        Assert.Equal($"/suppliers/{supplier.Id}#status", result.RedirectedTo);
        var after = await browser.GetAsync(result.RedirectedTo!);
        Assert.Equal("Invited", after.Find("[data-testid=supplier-status]")?.TextContent.Trim());
        Assert.Contains("Questionnaire campaign 2026", after.Find("[data-testid=status-history]")?.TextContent);
        Assert.Contains("Status changed to Invited.", after.Text);
    }

    [Fact]
    public async Task StatusChange_WithoutReason_AsksForOneAndKeepsTheChoice()
    {
        var supplier = factory.Registry.Add($"{Token()} Reasonless", status: "UnderAssessment").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync($"/suppliers/{supplier.Id}"), "form[data-testid=status-form]",
            new Dictionary<string, string> { ["StatusChange.Status"] = "Rejected", ["StatusChange.Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Say why the status changes.", result.FieldError("StatusChange.Reason"));
        Assert.Equal("Rejected", result.Find("[data-testid=status-select] option[selected]")?.GetAttribute("value"));
        Assert.Equal("UnderAssessment", factory.Registry.Find(supplier.Id)!.Supplier.Status);
    }

    [Fact]
    public async Task StatusChange_RefusedByTheWorkflow_ShowsTheRegistrysReasonOnTheForm()
    {
        var supplier = factory.Registry.Add($"{Token()} Hasty").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");

        var result = await browser.SubmitAsync(page, "form[data-testid=status-form]",
            new Dictionary<string, string> { ["StatusChange.Status"] = "Approved", ["StatusChange.Reason"] = "Skipping ahead" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Draft cannot change to Approved", result.Find("[data-testid=form-error-statuschange]")?.TextContent);
        Assert.Equal("Skipping ahead", result.Find("[data-testid=status-reason]")?.TextContent.Trim());
    }

    [Fact]
    public async Task AddFacility_RegistryFieldError_ShowsNextToTheFieldAndKeepsTheInput()
    {
        var supplier = factory.Registry.Add($"{Token()} Plants").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");
        factory.Registry.NextValidationErrors = new() { ["regionCode"] = "'VN-01' (Lai Chau) is a region of VN, not of CN." };

        var refused = await browser.SubmitAsync(page, "form[data-testid=facility-form]", new Dictionary<string, string>
        {
            ["Facility.Name"] = "Shihezi site", ["Facility.CountryCode"] = "CN", ["Facility.RegionCode"] = "VN-01", ["Facility.Processes"] = "Polysilicon",
        });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("'VN-01' (Lai Chau) is a region of VN, not of CN.", refused.FieldError("Facility.RegionCode"));
        Assert.Equal("Shihezi site", refused.Find("#Facility_Name")?.GetAttribute("value"));
        Assert.NotNull(refused.Find("details.add-form[open]"));

        var added = await browser.SubmitAsync(refused, "form[data-testid=facility-form]", new Dictionary<string, string> { ["Facility.RegionCode"] = "CN-XJ" });
        Assert.Equal($"/suppliers/{supplier.Id}#facility", added.RedirectedTo);
        var facility = Assert.Single(factory.Registry.Find(supplier.Id)!.Facilities);
        Assert.Equal(("Shihezi site", "CN-XJ"), (facility.Name, facility.RegionCode));
        Assert.Equal(["Polysilicon"], facility.Processes);
    }

    [Fact]
    public async Task AddLink_FindTheUpstreamSupplierThenPickIt_RecordsTheLink()
    {
        var token = Token();
        var buyer = factory.Registry.Add($"{token} Buyer").Supplier;
        var seller = factory.Registry.Add($"{token} Seller Polysilicon").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var search = await browser.GetAsync($"/suppliers/{buyer.Id}?find={token}");
        var candidates = search.FindAll("[data-testid=link-candidate]");
        Assert.Equal<string?>([seller.Id.ToString()], candidates.Select(c => c.GetAttribute("value")).ToList());

        var result = await browser.SubmitAsync(search, "form[data-testid=link-form]",
            new Dictionary<string, string> { ["Link.Material"] = "polysilicon", ["Link.SharePercent"] = "40" });

        Assert.Equal($"/suppliers/{buyer.Id}#link", result.RedirectedTo);
        var link = Assert.Single(factory.Registry.Links, l => l.DownstreamSupplierId == buyer.Id);
        Assert.Equal((seller.Id, 40m), (link.UpstreamSupplierId, link.SharePercent));
    }

    [Fact]
    public async Task AddLink_WithoutPickingASupplier_AsksForOneAndKeepsTheSearch()
    {
        var token = Token();
        var buyer = factory.Registry.Add($"{token} Undecided").Supplier;
        factory.Registry.Add($"{token} Option A");
        factory.Registry.Add($"{token} Option B");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync($"/suppliers/{buyer.Id}?find={token}"), "form[data-testid=link-form]",
            new Dictionary<string, string> { ["Link.Material"] = "Wafer" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Choose the supplier it buys from.", result.FieldError("Link.UpstreamSupplierId"));
        Assert.Equal(2, result.FindAll("[data-testid=link-candidate]").Count);
        Assert.Equal("Wafer", result.Find("[data-testid=link-material]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task RemoveLink_RemovesItFromTheRegistry()
    {
        var token = Token();
        var buyer = factory.Registry.Add($"{token} Buyer").Supplier;
        var seller = factory.Registry.Add($"{token} Seller").Supplier;
        factory.Registry.Link(seller.Id, buyer.Id, "Wafer");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await browser.SubmitAsync(await browser.GetAsync($"/suppliers/{buyer.Id}"), "form[data-testid=unlink-form]");

        Assert.Equal($"/suppliers/{buyer.Id}#unlink", result.RedirectedTo);
        Assert.DoesNotContain(factory.Registry.Links, l => l.DownstreamSupplierId == buyer.Id);
    }

    const string ChangedBySomeoneElse = "Someone else changed this supplier after you opened this page";

    [Fact]
    public async Task StatusChange_AfterSomeoneElseChangedTheSupplier_IsRefusedWithAReloadMessage()
    {
        var supplier = factory.Registry.Add($"{Token()} Contested").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");
        Assert.Equal("1", page.Find("form[data-testid=status-form] input[name='StatusChange.Version']")?.GetAttribute("value"));
        factory.Registry.Bump(supplier.Id);

        var result = await browser.SubmitAsync(page, "form[data-testid=status-form]",
            new Dictionary<string, string> { ["StatusChange.Status"] = "Invited", ["StatusChange.Reason"] = "Decided on an old page" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(ChangedBySomeoneElse, result.Find("[data-testid=form-error-statuschange]")?.TextContent);
        Assert.Equal("Decided on an old page", result.Find("[data-testid=status-reason]")?.TextContent.Trim());
        Assert.Equal("Draft", factory.Registry.Find(supplier.Id)!.Supplier.Status);
        Assert.Equal("2", result.Find("form[data-testid=status-form] input[name='StatusChange.Version']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AddFacility_AfterSomeoneElseChangedTheSupplier_IsRefusedWithAReloadMessage()
    {
        var supplier = factory.Registry.Add($"{Token()} Contested Site").Supplier;
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync($"/suppliers/{supplier.Id}");
        factory.Registry.Bump(supplier.Id);

        var result = await browser.SubmitAsync(page, "form[data-testid=facility-form]",
            new Dictionary<string, string> { ["Facility.Name"] = "Late plant", ["Facility.CountryCode"] = "CN" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(ChangedBySomeoneElse, result.Find("[data-testid=form-error-facility]")?.TextContent);
        Assert.Empty(factory.Registry.Find(supplier.Id)!.Facilities);
    }

    [Fact]
    public async Task RemoveLink_AfterSomeoneElseChangedTheSupplier_IsRefusedWithAReloadMessage()
    {
        var token = Token();
        var buyer = factory.Registry.Add($"{token} Contested Buyer").Supplier;
        var seller = factory.Registry.Add($"{token} Contested Seller").Supplier;
        factory.Registry.Link(seller.Id, buyer.Id, "Wafer");
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync($"/suppliers/{buyer.Id}");
        factory.Registry.Bump(buyer.Id);

        var result = await browser.SubmitAsync(page, "form[data-testid=unlink-form]");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(ChangedBySomeoneElse, result.Find("[data-testid=form-error-unlink]")?.TextContent);
        Assert.Contains(factory.Registry.Links, l => l.DownstreamSupplierId == buyer.Id);
    }
}
