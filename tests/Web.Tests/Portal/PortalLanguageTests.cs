using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>English and Simplified Chinese: the portal, its emails and the shared layout.</summary>
public sealed partial class PortalLanguageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static readonly string ChineseCookie = $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("zh-CN")))}";

    [Fact]
    public async Task PortalLogin_AcceptLanguageChinese_ShowsPortalAndSharedLayoutInChinese()
    {
        var browser = factory.Browser();
        browser.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");

        var page = await browser.GetAsync("/portal/login");

        Assert.Equal("zh-CN", page.Find("html")?.GetAttribute("lang"));
        Assert.Equal("登录供应商门户", page.Find("h1")?.TextContent.Trim());
        Assert.Equal("供应商门户", page.Find("[data-testid=portal-header-title]")?.TextContent.Trim());
        // Strings of the shared layout and partials (SharedResource), not only the portal's own.
        Assert.Equal("跳到正文", page.Find("a.skip-link")?.TextContent.Trim());
        Assert.Equal("语言", page.Find("label[for=language-select]")?.TextContent.Trim());
        Assert.Contains("光伏供应商尽职调查", page.Find("footer")?.TextContent);
    }

    [Fact]
    public async Task SharedLoginPage_ChineseCookie_IsInChinese()
    {
        var browser = factory.Browser();
        browser.Http.DefaultRequestHeaders.Add("Cookie", ChineseCookie);

        var page = await browser.GetAsync("/account/login");

        Assert.Equal("登录 SupplierDD", page.Find("h1")?.TextContent.Trim());
        Assert.Equal("跳到正文", page.Find("a.skip-link")?.TextContent.Trim());
    }

    [Fact]
    public async Task ValidationMessages_InChinese()
    {
        var browser = factory.Browser();
        browser.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var result = await PortalLoginAsync(browser, "", "");

        Assert.Equal("请输入您的电子邮箱地址。", result.FieldError("Input.Email"));
        Assert.Equal("请输入密码。", result.FieldError("Input.Password"));
    }

    [Fact]
    public async Task SetUp_ChineseContact_PortalIsInChineseAfterwards()
    {
        var (_, _, link) = await InvitedContactAsync(factory, language: "zh-CN");
        var browser = factory.Browser();

        var done = await SetUpAsync(browser, link.Token);
        var portal = await browser.FollowAsync(done);

        Assert.Equal("zh-CN", portal.Find("html")?.GetAttribute("lang"));
        Assert.Equal("已邀请", portal.Find("[data-testid=portal-supplier-status]")?.TextContent.Trim());
        Assert.Contains("目前没有需要您处理的请求。", portal.Find("[data-testid=portal-questionnaires-empty]")?.TextContent);
        Assert.Equal("退出登录", portal.Find("[data-testid=logout-form] button")?.TextContent.Trim());
    }

    [Fact]
    public async Task LanguageSwitcher_OnThePortal_SwitchesAndRemembersOnTheAccount()
    {
        var (_, email, browser) = await SetUpContactAsync(factory, language: "en");
        var portal = await browser.GetAsync("/portal");

        var switched = await browser.SubmitAsync(portal, "form[data-testid=language-form]", new Dictionary<string, string> { ["culture"] = "zh-CN" });
        var after = await browser.FollowAsync(switched);

        Assert.Equal("/portal", switched.RedirectedTo);
        Assert.Equal("zh-CN", after.Find("html")?.GetAttribute("lang"));
        Assert.Equal("zh-CN", await factory.WithDb(db => db.Users.Where(u => u.Email == email).Select(u => u.Language).SingleAsync()));
        // Emails follow the account's language from now on.
        await RequestLinkAsync(factory.Browser(), email);
        Assert.Equal("您的 SupplierDD 登录链接", LatestLink(factory, email).Message.Subject);
    }

    [GeneratedRegex(@"\b[TP]\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizedKey();

    [GeneratedRegex(@"(?:ErrorMessage|Name)\s*=\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex AnnotationKey();

    /// <summary>Every string the portal and the shared layout look up has a zh-CN entry (the fallback would be silent English).</summary>
    [Fact]
    public void EveryPortalAndLayoutString_HasAChineseTranslation()
    {
        var web = Path.Combine(RepositoryRoot(), "services", "Web");
        var portal = Translations(Path.Combine(web, "Resources", "Localization", "PortalResource.zh-CN.resx"));
        var shared = Translations(Path.Combine(web, "Resources", "Localization", "SharedResource.zh-CN.resx"));

        string[] sharedFiles = ["Pages/Shared/_Layout.cshtml", "Pages/Shared/_LanguageSwitcher.cshtml", "Pages/Shared/_StatusMessage.cshtml",
            "Pages/Shared/_ServiceErrors.cshtml", "Pages/Error.cshtml", "Pages/Account/AccessDenied.cshtml", "Pages/Account/Login.cshtml",
            "Pages/Account/Login.cshtml.cs", "Pages/Account/Logout.cshtml"];
        var portalFiles = Directory.EnumerateFiles(Path.Combine(web, "Pages", "Portal"))
            .Concat([Path.Combine(web, "Pages", "Shared", "_PortalLayout.cshtml"), Path.Combine(web, "Pages", "Suppliers", "Invite.cshtml"),
                Path.Combine(web, "Pages", "Suppliers", "Invite.cshtml.cs"), Path.Combine(web, "Portal", "PortalEmails.cs")])
            .ToList();

        var missing = new List<string>();
        foreach (var file in sharedFiles.Select(f => Path.Combine(web, f)))
            missing.AddRange(Keys(LocalizedKey(), file).Where(k => !shared.Contains(k)).Select(k => $"SharedResource: {k}"));
        foreach (var file in portalFiles)
        {
            var text = File.ReadAllText(file);
            // In the layout and the invitation page T is SharedResource and P is PortalResource; elsewhere T is PortalResource.
            var sharedT = file.EndsWith("_PortalLayout.cshtml") || file.EndsWith("Invite.cshtml");
            foreach (Match m in LocalizedKey().Matches(text))
            {
                var key = m.Groups[1].Value;
                var isShared = sharedT && m.Value.StartsWith('T');
                if (!(isShared ? shared : portal).Contains(key)) missing.Add($"{(isShared ? "SharedResource" : "PortalResource")}: {key} ({Path.GetFileName(file)})");
            }
            if (file.EndsWith(".cs"))
                missing.AddRange(Keys(AnnotationKey(), file).Where(k => !shared.Contains(k)).Select(k => $"SharedResource (annotation): {k}"));
        }
        foreach (var status in new[] { "Draft", "Invited", "Under assessment", "Approved", "Conditionally approved", "Rejected", "Suspended" })
            if (!portal.Contains(status)) missing.Add($"PortalResource: {status}");

        Assert.True(missing.Count == 0, "No zh-CN translation for:\n" + string.Join("\n", missing.Distinct()));
    }

    static IEnumerable<string> Keys(Regex pattern, string file) =>
        pattern.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"")).Distinct();

    static HashSet<string> Translations(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SupplierDD.sln"))) return dir.FullName;
        throw new InvalidOperationException("SupplierDD.sln not found above " + AppContext.BaseDirectory);
    }
}
