using System.Net;
using System.Net.Http.Headers;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.BackOffice.BackOfficeTestKit;

namespace SupplierDD.Web.Tests.Risk;

public sealed class RiskListsAndCalendarTests(WebFactory factory) : IClassFixture<WebFactory>
{
    static async Task<HttpResponseMessage> UploadListAsync(PageClient browser, string? csv)
    {
        var page = await browser.GetAsync("/risk/lists");
        using var form = new MultipartFormDataContent { { new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken" } };
        if (csv is not null)
        {
            var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "ListFile", "uflpa.csv");
        }
        return await browser.Http.PostAsync("/risk/lists", form);
    }

    [Fact]
    public async Task ListImport_RefusedFile_ShowsEveryProblemInRowOrderAndKeepsTheFileInput()
    {
        factory.Risk.NextImportErrors = new()
        {
            ["row 12: listed_on"] = "'21/06/2022' is not a date like 2022-06-21.",
            ["row 7: name"] = "is required.",
            ["row 9: list"] = "is required.",
        };
        var browser = await factory.SignedIn(DevAccounts.Admin, DevAccounts.AdminPassword);

        var response = await UploadListAsync(browser, "list,name\nUS-UFLPA,\n");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["row 7: name: is required.", "row 9: list: is required.", "row 12: listed_on: '21/06/2022' is not a date like 2022-06-21."],
            page.QuerySelectorAll("[data-testid=list-import-error]").Select(e => e.TextContent).ToArray());
        Assert.NotNull(page.QuerySelector("input[type=file][data-testid=list-import-file][aria-invalid=true]"));
        Assert.Equal("uflpa.csv", factory.Risk.Imports.Last().FileName);
    }

    [Fact]
    public async Task ListImport_Admin_ImportsAndSaysWhatChanged_OthersSeeNoFormAndGet403()
    {
        var admin = await factory.SignedIn(DevAccounts.Admin, DevAccounts.AdminPassword);
        var analyst = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var imported = await UploadListAsync(admin, "list,name,aliases,country,section,listed_on,source\nUS-UFLPA,Example Co,,CN,,2022-06-21,\n");
        var after = await admin.GetAsync(imported.Headers.Location!.OriginalString);
        var asAnalyst = await analyst.GetAsync("/risk/lists");
        var refused = await UploadListAsync(analyst, "list,name\nUS-UFLPA,X\n");

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Contains("US-UFLPA version", after.Find("[role=status]")?.TextContent);
        Assert.Null(asAnalyst.Find("form[data-testid=list-import-form]"));
        Assert.NotNull(asAnalyst.Find("[data-testid=lists-read-only]"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task ListImport_NoFile_IsRefusedBeforeAsking()
    {
        var browser = await factory.SignedIn(DevAccounts.Admin, DevAccounts.AdminPassword);
        var calls = factory.Risk.Imports.Count;

        var response = await UploadListAsync(browser, null);

        Assert.Contains("Choose a CSV file to import.", await response.Content.ReadAsStringAsync());
        Assert.Equal(calls, factory.Risk.Imports.Count);
    }

    [Fact]
    public async Task Lists_ShowVersionsAndLinkToTheEntries()
    {
        var now = DateTimeOffset.UtcNow;
        factory.Risk.Lists.Clear();
        factory.Risk.Lists.Add(new EntityListSummary("US-UFLPA", 2, 144, now, "admin-id", now, [
            new EntityListVersion(Guid.NewGuid(), "US-UFLPA", 2, now, "admin-id", "uflpa-2026.csv", "h2", 144, 3, 1, 2, now),
            new EntityListVersion(Guid.NewGuid(), "US-UFLPA", 1, now.AddDays(-90), "admin-id", "uflpa.csv", "h1", 142, 142, 0, 0, now.AddDays(-90)),
        ]));
        factory.Risk.Entries["US-UFLPA"] = [new ListedEntry(Guid.NewGuid(), "US-UFLPA", "Hoshine Silicon Industry Co., Ltd.", ["Hesheng"], "CN", null, new DateOnly(2022, 6, 21), null)];
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await browser.GetAsync("/risk/lists");
        var entries = await browser.GetAsync(page.Find("[data-testid=list-link]")!.GetAttribute("href")!);

        Assert.Contains("+3 −1 ~2", page.Find("[data-testid=list-versions]")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, entries.Status);
        Assert.Contains("Hoshine Silicon Industry Co., Ltd.", entries.Find("[data-testid=list-entries]")?.TextContent);
    }

    [Fact]
    public async Task Calendar_GroupsByMonthHighlightsOverdueAndPassesFilters()
    {
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var overdue = new ScheduledReassessment(Guid.NewGuid(), "Overdue Poly", ["Polysilicon"], "Critical", 30, today.AddDays(-40), "last analyst review", today.AddDays(-10), true,
            "Critical band: every 30 days; last analyst review");
        var later = new ScheduledReassessment(Guid.NewGuid(), "Later Wafer", ["Wafer"], "Low", 365, today, "first seen", today.AddDays(365), false, "Low band: every 365 days; first seen");
        factory.Risk.Schedule.AddRange([overdue, later]);
        var browser = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await browser.GetAsync("/risk/reassessments");
        var filtered = await browser.GetAsync("/risk/reassessments?role=Polysilicon&band=Critical&dueOnly=true&dueBefore=2027-01-31&group=week");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(2, page.FindAll("[data-testid=reassessment-group]").Count);
        var row = page.Find($"[data-testid=reassessment-row][data-supplier-id='{overdue.SupplierId}']");
        Assert.Equal("true", row?.GetAttribute("data-due"));
        Assert.Contains("table-danger", row?.ClassName);
        Assert.Equal("overdue", row?.QuerySelector("[data-testid=reassessment-overdue]")?.TextContent.Trim());
        Assert.Contains("Every 30 days; last analyst review", row?.TextContent);
        Assert.Equal(("2027-01-31", "Polysilicon", "Critical", (bool?)true), factory.Risk.ScheduleQueries.Last());
        Assert.Matches(@"^\d{4}-W\d{2}$", filtered.Find("[data-testid=reassessment-group]")?.GetAttribute("data-key"));
    }
}
