using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.Localization;

/// <summary>
/// The back-office pages rendered for a user who chose Chinese: headings, navigation, table headers, labels,
/// buttons and badges carry no English words, and no text on the page is a back-office string left in English.
/// The seeded data is Chinese too, so any Latin word left is the page's own.
/// </summary>
public sealed partial class BackOfficeInChineseTests(WebFactory factory) : IClassFixture<WebFactory>
{
    const string PolyName = "新疆示例多晶硅有限公司";
    const string WaferName = "江苏示例硅片有限公司";

    /// <summary>Words that stay as they are in Chinese too: names, standards, abbreviations.</summary>
    static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) {"SupplierDD", "CSV", "UTC", "LEI", "ISO", "USCC", "UFLPA", "JavaScript", "English", "EIN", "SSM", "HRB", "UTF"};

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\b[A-Z]{2}-[A-Z0-9]+\b")]
    private static partial Regex Code();

    [Theory]
    [InlineData("/")]
    [InlineData("/suppliers")]
    [InlineData("/suppliers/{poly}")]
    [InlineData("/suppliers/{poly}/edit")]
    [InlineData("/suppliers/{poly}/graph")]
    [InlineData("/suppliers/new")]
    [InlineData("/imports")]
    [InlineData("/imports/{import}")]
    [InlineData("/risk")]
    [InlineData("/risk/suppliers")]
    [InlineData("/risk/suppliers/{poly}")]
    [InlineData("/risk/hits")]
    [InlineData("/risk/check")]
    [InlineData("/risk/lists")]
    [InlineData("/risk/lists/US-UFLPA")]
    [InlineData("/risk/reassessments")]
    [InlineData("/risk/audit")]
    public async Task BackOfficePage_InChinese_HasNoEnglishLeft(string path)
    {
        var ids = Seed();
        var browser = await SignedIn("zh-CN");

        var page = await browser.GetAsync(path.Replace("{poly}", ids.Poly.ToString()).Replace("{import}", ids.Import.ToString()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("zh-CN", page.Find("html")?.GetAttribute("lang"));
        var leaks = EnglishIn(page.Document).ToList();
        Assert.True(leaks.Count == 0, $"{path} shows English:\n" + string.Join("\n", leaks.Distinct()));
    }

    [Fact]
    public async Task SupplierInXinjiang_Chinese_ShowsTheRegionsChineseName()
    {
        var ids = Seed();
        var browser = await SignedIn("zh-CN");

        var details = await browser.GetAsync($"/suppliers/{ids.Poly}");
        var risk = await browser.GetAsync($"/risk/suppliers/{ids.Poly}");
        var form = await browser.GetAsync("/suppliers/new");

        Assert.Contains("CN-XJ（新疆维吾尔自治区）", details.Text);
        Assert.Contains("中国", details.Text);
        Assert.DoesNotContain("Xinjiang Uygur Zizhiqu", details.Text);
        Assert.Contains("CN-XJ（新疆维吾尔自治区）", risk.Text);
        Assert.Equal("新疆维吾尔自治区", form.Find("#Input_RegionCode option[value=CN-XJ]")?.TextContent.Trim()
            ?? form.Find("option[value=CN-XJ]")?.TextContent.Trim());
        Assert.Equal("中国 (CN)", form.Find("option[value=CN]")?.TextContent.Trim());
    }

    [Fact]
    public async Task ReassessmentCalendar_Chinese_NamesMonthsTheChineseWay()
    {
        Seed();
        var browser = await SignedIn("zh-CN");
        var due = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).AddDays(-10);

        var page = await browser.GetAsync("/risk/reassessments");

        var heading = page.Find($"[data-testid=reassessment-group][data-key='{due:yyyy-MM}'] th")?.TextContent;
        Assert.StartsWith($"{due.Year}年{due.Month}月", heading?.Trim());
    }

    [Fact]
    public async Task SupplierInXinjiang_English_KeepsTheIsoName()
    {
        var ids = Seed();
        var browser = await SignedIn("en");

        var details = await browser.GetAsync($"/suppliers/{ids.Poly}");

        Assert.Contains("CN-XJ (Xinjiang Uygur Zizhiqu)", details.Text);
        Assert.DoesNotContain("新疆维吾尔自治区", details.Text);
    }

    /// <summary>
    /// An admin (every page is open to one) who chose <paramref name="culture"/> with the language switcher: signing in
    /// restores the account's language, which then wins over the browser's Accept-Language.
    /// </summary>
    async Task<PageClient> SignedIn(string culture)
    {
        var browser = await factory.SignedIn(DevAccounts.Admin, DevAccounts.AdminPassword);
        var page = await browser.GetAsync("/");
        var switched = await browser.SubmitAsync(page, "form[data-testid=language-form]", new Dictionary<string, string> { ["culture"] = culture });
        Assert.Equal(HttpStatusCode.Redirect, switched.Status);
        return browser;
    }

    (Guid Poly, Guid Import) Seed()
    {
        var poly = factory.Registry.Add(PolyName, region: "CN-XJ", status: "UnderAssessment", roles: ["Polysilicon"], localName: PolyName);
        var wafer = factory.Registry.Add(WaferName, region: "CN-JS", status: "Approved", roles: ["Wafer"]);
        factory.Registry.Link(poly.Supplier.Id, wafer.Supplier.Id);
        var now = DateTimeOffset.UtcNow;
        var importId = Guid.NewGuid();
        factory.Registry.SetImport(new ImportJob(importId, "Suppliers", "Completed", "供应商.csv", 2, 2, 100, 1, 0, 0, 1, null, now, now, now, 1,
            [new ImportRowError(2, "country", "不是有效的国家代码")], $"/api/imports/{importId}/errors.csv"));

        var polyRisk = factory.Risk.Add(PolyName, 75, "Critical", ["Polysilicon"], region: "CN-XJ", id: poly.Supplier.Id,
            factors: Risk.RiskTestKit.XinjiangFacility(Guid.NewGuid()));
        factory.Risk.Add(WaferName, 50, "High", ["Wafer"], reviewState: "Approved", id: wafer.Supplier.Id);
        factory.Risk.AddHit(poly.Supplier.Id, PolyName, "合盛硅业股份有限公司");
        factory.Risk.Changes.Add(new RiskChange(poly.Supplier.Id, PolyName, now.AddDays(-1), 50, 75, "High", "Critical"));
        if (factory.Risk.Lists.Count == 0)
        {
            factory.Risk.Lists.Add(new EntityListSummary("US-UFLPA", 1, 1, now, "admin-id", now,
                [new EntityListVersion(Guid.NewGuid(), "US-UFLPA", 1, now, "admin-id", "uflpa.csv", "h1", 1, 1, 0, 0, now)]));
            factory.Risk.Entries["US-UFLPA"] = [new ListedEntry(Guid.NewGuid(), "US-UFLPA", "合盛硅业股份有限公司", ["合盛"], "CN", null, new DateOnly(2022, 6, 21), null)];
        }
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        factory.Risk.Schedule.Add(new ScheduledReassessment(polyRisk.Supplier.Id, PolyName, ["Polysilicon"], "Critical", 30, today.AddDays(-40),
            "last analyst review", today.AddDays(-10), true, "Critical band: every 30 days; last analyst review"));
        factory.Risk.Audit.Add(new AuditEntry(factory.Risk.Audit.Count + 1, now, "someone", "risk.approved", $"supplier/{poly.Supplier.Id}",
            "{\"bandBefore\":\"High\",\"bandAfter\":\"High\",\"justification\":null}", "prev", "hashabcdefabcdef"));
        return (poly.Supplier.Id, importId);
    }

    /// <summary>
    /// Latin words in the page's own words — headings, navigation, table headers, labels, buttons, badges, options — and any
    /// text that is exactly a back-office string in English. Codes (CN-XJ, US-UFLPA), user names and data the service
    /// returns in its own language (evidence texts, audit details) are not the page's words.
    /// </summary>
    static IEnumerable<string> EnglishIn(IDocument document)
    {
        foreach (var skipped in document.QuerySelectorAll("script, style, code, [data-testid=signed-in-user], [data-testid=risk-evidence], [lang=en]"))
            skipped.Remove();
        var englishKeys = EnglishKeys();
        foreach (var element in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6, nav a, th, label, button, legend, caption, .badge, option, dt, .stat-label"))
        {
            var text = Code().Replace(element.TextContent, "");
            foreach (Match word in LatinWord().Matches(text))
                if (!Allowed.Contains(word.Value)) yield return $"<{element.LocalName}> {element.TextContent.Trim()}";
        }
        foreach (var attribute in document.QuerySelectorAll("[aria-label], [title], [placeholder]")
                     .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title"), e.GetAttribute("placeholder") }))
            if (attribute is not null && englishKeys.Contains(attribute.Trim())) yield return $"attribute: {attribute}";
        var walker = document.CreateTreeWalker(document.Body!, FilterSettings.Text);
        for (var node = walker.ToNext(); node is not null; node = walker.ToNext())
            if (node.TextContent.Trim() is { Length: > 0 } text && englishKeys.Contains(text)) yield return $"text: {text}";
    }

    static HashSet<string> EnglishKeys()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "services", "Web", "Resources", "Localization");
        return new[] { "BackOfficeResource", "SharedResource" }
            .SelectMany(r => XDocument.Load(Path.Combine(folder, $"{r}.zh-CN.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!))
            .Where(k => LatinWord().IsMatch(k) && !Allowed.Contains(k)).ToHashSet(StringComparer.Ordinal);
    }
}
