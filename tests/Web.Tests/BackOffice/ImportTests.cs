using System.Net;
using System.Text.Json;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.BackOffice;

public sealed class ImportTests(WebFactory factory) : IClassFixture<WebFactory>
{
    const string SuppliersCsv = "name,local_name,aliases,registration_id,country_code,region_code,roles,contact_email\nA Co,,,91320500MA2B7N4C5D,CN,CN-JS,Cell,\nB Co,,,91320200MA1W8K3B5Y,CN,CN-JS,Wafer,\n";

    [Fact]
    public async Task Upload_SuppliersCsv_SendsItToTheRegistryAndGoesToTheProgressPage()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var response = await UploadAsync(browser, "Suppliers", "SuppliersFile", "my suppliers.csv", SuppliersCsv);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString["/imports/".Length..]);
        var job = factory.Registry.FindImport(id)!;
        Assert.Equal(("Suppliers", "my suppliers.csv", 2), (job.Kind, job.FileName, job.TotalRows));
    }

    [Fact]
    public async Task Upload_LinksCsv_GoesToTheLinksImport()
    {
        var browser = await factory.SignedIn(DevAccounts.Admin, DevAccounts.AdminPassword);

        var response = await UploadAsync(browser, "Links", "LinksFile", "links.csv", "upstream_registration_id,downstream_registration_id,material,share_percent\nX,Y,Wafer,\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("SupplyLinks", factory.Registry.FindImport(Guid.Parse(response.Headers.Location!.OriginalString["/imports/".Length..]))!.Kind);
    }

    [Theory]
    [InlineData(null, "Choose a CSV file to import.")]
    [InlineData("", "The file is empty: it needs a header row and at least one data row.")]
    public async Task Upload_NoFileOrEmptyFile_SaysSoNextToTheFileFieldAndSendsNothing(string? csv, string message)
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var imports = factory.Registry.Calls.Count(c => c == nameof(IRegistryApi.ImportSuppliers));

        var page = await Read(await UploadAsync(browser, "Suppliers", "SuppliersFile", "empty.csv", csv));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError("SuppliersFile"));
        Assert.Equal("", page.FieldError("LinksFile"));
        Assert.Equal(imports, factory.Registry.Calls.Count(c => c == nameof(IRegistryApi.ImportSuppliers)));
    }

    [Fact]
    public async Task Upload_FileTheRegistryRefuses_ShowsItsReasonNextToTheFileField()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        factory.Registry.NextValidationErrors = new() { ["file"] = "the header lacks column 'registration_id' (row 1)." };

        var page = await Read(await UploadAsync(browser, "Suppliers", "SuppliersFile", "bad.csv", "name\nA Co\n"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("the header lacks column 'registration_id' (row 1).", page.FieldError("SuppliersFile"));
    }

    [Fact]
    public async Task ProgressPage_RunningJob_ShowsBarRowsCountsAndRefreshesWithoutScripts()
    {
        var job = Job("Running", rowsDone: 400, total: 1000, created: 390, failed: 10,
            errors: [new ImportRowError(7, "registration_id", "'123' is not a valid Unified Social Credit Code.")]);
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync($"/imports/{job.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var bar = page.Find("[data-testid=import-progress]");
        Assert.Equal(("progressbar", "40"), (bar?.GetAttribute("role"), bar?.GetAttribute("aria-valuenow")));
        Assert.Equal("400 of 1000 rows", page.Find("[data-testid=import-rows]")?.TextContent.Trim());
        Assert.Equal("390", page.Find("[data-testid=import-created]")?.TextContent.Trim());
        Assert.Equal("Importing", page.Find("[data-testid=import-status]")?.TextContent.Trim());
        Assert.Equal("false", page.Find("[data-import-status-url]")?.GetAttribute("data-finished"));
        Assert.Equal($"/imports/{job.Id}?handler=Status", page.Find("[data-import-status-url]")?.GetAttribute("data-import-status-url"));
        Assert.Contains("http-equiv=\"refresh\"", page.Html);
        Assert.Contains("'123' is not a valid", page.Find("[data-testid=import-errors]")?.TextContent);
        Assert.Equal($"/imports/{job.Id}?handler=Errors", page.Find("[data-testid=import-error-report]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task StatusHandler_AnswersTheJobAsJson_UntilItIsFinished()
    {
        var job = Job("Running", rowsDone: 1, total: 2);
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var running = await Json(await GetJsonAsync(browser, $"/imports/{job.Id}?handler=Status"));
        Assert.Equal(("Running", 1, false), (running.GetProperty("status").GetString(), running.GetProperty("rowsDone").GetInt32(), running.GetProperty("finished").GetBoolean()));

        factory.Registry.SetImport(job with { Status = "Completed", RowsDone = 2, PercentDone = 100, Created = 2, FinishedAt = DateTimeOffset.UtcNow });
        var done = await Json(await GetJsonAsync(browser, $"/imports/{job.Id}?handler=Status"));
        Assert.Equal(("Completed", "Finished", 100.0, true), (done.GetProperty("status").GetString(), done.GetProperty("statusLabel").GetString(),
            done.GetProperty("percentDone").GetDouble(), done.GetProperty("finished").GetBoolean()));

        var page = await browser.GetAsync($"/imports/{job.Id}");
        Assert.Equal("true", page.Find("[data-import-status-url]")?.GetAttribute("data-finished"));
        Assert.DoesNotContain("http-equiv=\"refresh\"", page.Html);
        Assert.Null(page.Find("[data-testid=import-finished]")?.GetAttribute("hidden"));
    }

    [Fact]
    public async Task ErrorReport_DownloadsEveryRowErrorAsACsvAttachment()
    {
        var job = Job("Completed", rowsDone: 3, total: 3, created: 1, failed: 2, errors:
        [
            new ImportRowError(2, "country_code", "'XX' is not an ISO 3166-1 alpha-2 country code."),
            new ImportRowError(4, "name", "is required."),
        ]);
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var response = await browser.Http.GetAsync($"/imports/{job.Id}?handler=Errors");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"import-{job.Id:N}-errors.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("row,column,message\n2,country_code,", csv);
        Assert.Contains("4,name,\"is required.\"", csv);
    }

    [Fact]
    public async Task Progress_UnknownImport_IsNotFound()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/imports/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetJsonAsync(browser, $"/imports/{Guid.NewGuid()}?handler=Status")).StatusCode);
    }

    [Fact]
    public async Task ImportsPage_Analyst_SeesColumnHelpButNoUploadForms()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/imports");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("[data-testid=imports-read-only]"));
        Assert.NotNull(page.Find("[data-testid=supplier-columns]"));
        Assert.Null(page.Find("form[data-testid=import-suppliers]"));
    }

    [Fact]
    public async Task Templates_AreServedWithTheColumnsTheRegistryExpects()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var page = await browser.GetAsync("/imports");

        var suppliers = await browser.Http.GetStringAsync(page.Find("[data-testid=import-suppliers-template]")!.GetAttribute("href"));
        var links = await browser.Http.GetStringAsync(page.Find("[data-testid=import-links-template]")!.GetAttribute("href"));

        Assert.StartsWith("name,local_name,aliases,registration_id,country_code,region_code,roles,contact_email,lei\n", suppliers);
        Assert.StartsWith("upstream_registration_id,downstream_registration_id,material,share_percent\n", links);
        Assert.Equal("multipart/form-data", page.Find("form[data-testid=import-suppliers]")?.GetAttribute("enctype"));
    }

    [Fact]
    public async Task StatusHandler_AfterTheSessionExpired_Answers401SoTheScriptReloadsThroughSignIn()
    {
        var job = Job("Running", rowsDone: 0, total: 5);
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        factory.Time.Advance(TimeSpan.FromMinutes(31));

        var poll = await GetJsonAsync(browser, $"/imports/{job.Id}?handler=Status");
        var page = await browser.GetAsync($"/imports/{job.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains($"ReturnUrl=%2Fimports%2F{job.Id}", page.RedirectedTo);
    }

    ImportJob Job(string status, int rowsDone, int total, int created = 0, int failed = 0, IReadOnlyList<ImportRowError>? errors = null)
    {
        var id = Guid.NewGuid();
        var job = new ImportJob(id, "Suppliers", status, "suppliers.csv", total, rowsDone, Math.Round(100.0 * rowsDone / total, 1), created, 0, 0, failed, null,
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, errors?.Count ?? 0, errors ?? [], $"/api/imports/{id}/errors.csv");
        factory.Registry.SetImport(job);
        return job;
    }

    static async Task<Page> Read(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }

    static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

/// <summary>A back-office whose import limit is tiny, to see a file refused for its size without sending megabytes.</summary>
public sealed class SmallImportLimitFactory : WebFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings => [new("BackOffice:MaxImportBytes", "100")];
}

public sealed class ImportSizeLimitTests(SmallImportLimitFactory factory) : IClassFixture<SmallImportLimitFactory>
{
    [Fact]
    public async Task Upload_LargerThanTheLimit_IsRefusedNextToTheFileFieldAndNotSent()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var csv = "name,local_name,aliases,registration_id,country_code,region_code,roles,contact_email\n" + new string('x', 200) + ",,,,CN,,,\n";

        var response = await UploadAsync(browser, "Suppliers", "SuppliersFile", "big.csv", csv);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("one import takes at most 100 bytes", html);
        Assert.DoesNotContain(nameof(IRegistryApi.ImportSuppliers), factory.Registry.Calls);
    }

    [Fact]
    public async Task Upload_BodyFarLargerThanTheLimit_IsRefusedBeforeItIsReadAndSaysWhy()
    {
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        // Over the limit plus the 1 MB allowed for the form around the file.
        var csv = "name\n" + new string('x', 1100 * 1024) + "\n";

        var response = await UploadAsync(browser, "Suppliers", "SuppliersFile", "huge.csv", csv);
        var page = await browser.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/imports", response.Headers.Location.OriginalString);
        Assert.Contains("The file is larger than 100 bytes: split it into smaller files.", page.Text);
        Assert.DoesNotContain(nameof(IRegistryApi.ImportSuppliers), factory.Registry.Calls);
    }
}
