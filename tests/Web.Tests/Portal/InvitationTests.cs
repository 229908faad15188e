using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

public sealed class InvitationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Invite_NewContact_CreatesSupplierUserAndEmailsEnglishSetUpLink()
    {
        var supplier = factory.Registry.Add("Xinte Silicon Materials");
        var email = NewEmail();

        var result = await InviteAsync(factory, supplier.Supplier.Id, email, name: "Wang Fang", language: "en");

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal($"/suppliers/{supplier.Supplier.Id}", result.RedirectedTo);
        var user = await FindUser(email);
        Assert.Equal(supplier.Supplier.Id, user.SupplierId);
        Assert.Equal("Wang Fang", user.DisplayName);
        Assert.Equal("en", user.Language);
        Assert.Equal(email, user.UserName);
        Assert.Null(user.PasswordHash);
        var procurement = await FindUser(DevAccounts.Procurement);
        Assert.Equal(procurement.Id, user.CreatedBy);
        // SQLite keeps DateTimeOffset to the millisecond or so.
        Assert.InRange(user.CreatedAt, factory.Time.GetUtcNow().AddSeconds(-1), factory.Time.GetUtcNow());
        Assert.Equal(["supplier"], await Roles(user));

        var link = LatestLink(factory, email);
        Assert.StartsWith("http://127.0.0.1:5000/portal/setup#", link.Url);
        Assert.Equal("Set up your SupplierDD supplier portal account", link.Message.Subject);
        Assert.Contains("Xinte Silicon Materials", link.Message.TextBody);
        Assert.Contains("Pat Procurement", link.Message.TextBody);
        Assert.Contains(link.Url, link.Message.HtmlBody);
        var from = Assert.Single(link.Message.From.Mailboxes);
        Assert.Equal(("SupplierDD", "no-reply@supplierdd.local"), (from.Name, from.Address));
        Assert.Equal(email, Assert.Single(link.Message.To.Mailboxes).Address);
    }

    [Fact]
    public async Task Invite_ChineseContact_EmailsSetUpLinkInChinese()
    {
        var supplier = factory.Registry.Add("Daqo New Energy");
        var email = NewEmail();

        var result = await InviteAsync(factory, supplier.Supplier.Id, email, name: "张伟", language: "zh-CN");

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("zh-CN", (await FindUser(email)).Language);
        var link = LatestLink(factory, email);
        Assert.Equal("设置您的 SupplierDD 供应商门户账户", link.Message.Subject);
        Assert.Contains("张伟，您好：", link.Message.TextBody);
        Assert.Contains("邀请您代表 Daqo New Energy 使用 SupplierDD 供应商门户", link.Message.TextBody);
        Assert.Contains("设置密码", link.Message.HtmlBody);
        Assert.DoesNotContain("Set your password", link.Message.TextBody);
    }

    [Fact]
    public async Task Invite_DraftSupplier_MovesItToInvitedWithReason()
    {
        var supplier = factory.Registry.Add("Tongwei Solar", status: "Draft");
        var email = NewEmail();

        var result = await InviteAsync(factory, supplier.Supplier.Id, email);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var after = factory.Registry.Find(supplier.Supplier.Id)!;
        Assert.Equal("Invited", after.Supplier.Status);
        var change = Assert.Single(after.StatusHistory);
        Assert.Equal(("Draft", "Invited"), (change.From, change.To));
        Assert.Equal($"Portal invitation sent to {email}", change.Reason);
    }

    [Fact]
    public async Task Invite_SupplierPastDraft_LeavesStatusAlone()
    {
        var supplier = factory.Registry.Add("GCL Technology", status: "UnderAssessment");

        var result = await InviteAsync(factory, supplier.Supplier.Id, NewEmail());

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("UnderAssessment", factory.Registry.Find(supplier.Supplier.Id)!.Supplier.Status);
        Assert.Empty(factory.Registry.Find(supplier.Supplier.Id)!.StatusHistory);
    }

    [Fact]
    public async Task Invite_Success_ShowsConfirmationAfterRedirect()
    {
        var supplier = factory.Registry.Add("East Hope Silicon");
        var email = NewEmail();
        var procurement = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var result = await InviteAsync(factory, supplier.Supplier.Id, email, asUser: procurement);

        // The confirmation rides in TempData to the next page that renders the status partial.
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var next = await procurement.GetAsync($"/suppliers/{supplier.Supplier.Id}/invite");
        Assert.Contains($"Invitation sent to {email}. The set-up link works once, for 72 hours.", next.Find("[role=status]")?.TextContent);
        Assert.Contains(email, next.Find("[data-testid=portal-users]")?.TextContent);
    }

    [Fact]
    public async Task InviteForm_PrefillsSupplierContactEmailAndChineseForChineseSupplier()
    {
        var supplier = factory.Registry.Add("Hoshine Silicon", country: "CN", contactEmail: "sales@hoshine.example");
        var procurement = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var form = await procurement.GetAsync($"/suppliers/{supplier.Supplier.Id}/invite");

        Assert.Equal("sales@hoshine.example", form.Find("[data-testid=invite-email]")?.GetAttribute("value"));
        Assert.Equal("zh-CN", form.Find("[data-testid=invite-language] option[selected]")?.GetAttribute("value"));
        Assert.NotNull(form.Find("[data-testid=portal-users-empty]"));
    }

    [Fact]
    public async Task Invite_EmailOfAnotherSuppliersUser_IsFieldErrorAndKeepsInput()
    {
        var (_, email, _) = await InvitedContactAsync(factory);
        var other = factory.Registry.Add("Other Wafer Co.");
        var mailsBefore = MailTo(factory, email).Count;

        var result = await InviteAsync(factory, other.Supplier.Id, email, name: "Someone Else", language: "zh-CN");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("belongs to another account", result.FieldError("Input.Email"));
        Assert.Equal(email, result.Find("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("Someone Else", result.Find("#Input_DisplayName")?.GetAttribute("value"));
        Assert.Equal("zh-CN", result.Find("#Input_Language option[selected]")?.GetAttribute("value"));
        Assert.Equal(mailsBefore, MailTo(factory, email).Count);
        Assert.Equal("Draft", factory.Registry.Find(other.Supplier.Id)!.Supplier.Status);
    }

    [Fact]
    public async Task Invite_EmailOfInternalUser_IsFieldError()
    {
        var supplier = factory.Registry.Add("Some Supplier");

        var result = await InviteAsync(factory, supplier.Supplier.Id, DevAccounts.Analyst);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("belongs to another account", result.FieldError("Input.Email"));
        Assert.Null((await FindUser(DevAccounts.Analyst)).SupplierId);
    }

    [Fact]
    public async Task Invite_SameContactAgainBeforeSetUp_SendsNewLinkAndOldOneStopsWorking()
    {
        var (supplierId, email, first) = await InvitedContactAsync(factory);

        var again = await InviteAsync(factory, supplierId, email, name: "Li Wei (QA)", language: "zh-CN");

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        var second = LatestLink(factory, email);
        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal("设置您的 SupplierDD 供应商门户账户", second.Message.Subject);
        Assert.Equal("Li Wei (QA)", (await FindUser(email)).DisplayName);
        Assert.Equal(1, await factory.WithDb(db => db.Users.CountAsync(u => u.Email == email)));

        var old = await SetUpAsync(factory.Browser(), first.Token);
        Assert.Equal("used", LinkProblem(old));
        var current = await SetUpAsync(factory.Browser(), second.Token);
        Assert.Equal("/portal", current.RedirectedTo);
    }

    [Fact]
    public async Task Invite_ContactWhoAlreadySetUp_IsFieldError()
    {
        var (supplierId, email, _) = await SetUpContactAsync(factory);

        var result = await InviteAsync(factory, supplierId, email);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("already set up", result.FieldError("Input.Email"));
    }

    [Fact]
    public async Task Invite_MissingFields_NamesEachFieldAndSendsNothing()
    {
        var supplier = factory.Registry.Add("Incomplete Inc.");

        var result = await InviteAsync(factory, supplier.Supplier.Id, "", name: "");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Enter the contact's email address.", result.FieldError("Input.Email"));
        Assert.Equal("Enter the contact's name.", result.FieldError("Input.DisplayName"));
        Assert.Equal("Draft", factory.Registry.Find(supplier.Supplier.Id)!.Supplier.Status);
    }

    [Fact]
    public async Task Invite_InvalidEmail_IsFieldErrorWithInputKept()
    {
        var supplier = factory.Registry.Add("Typo Ltd.");

        var result = await InviteAsync(factory, supplier.Supplier.Id, "not-an-address", name: "Chen Jie");

        Assert.Equal("Enter a valid email address.", result.FieldError("Input.Email"));
        Assert.Equal("not-an-address", result.Find("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("Chen Jie", result.Find("#Input_DisplayName")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Invite_UnknownSupplier_IsNotFound()
    {
        var procurement = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var page = await procurement.GetAsync($"/suppliers/{Guid.NewGuid()}/invite");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.NotNull(page.Find("[data-testid=error-page]"));
    }

    [Fact]
    public async Task Invite_RegistryDown_RedisplaysFormWithErrorAndInput()
    {
        var supplier = factory.Registry.Add("Flaky Registry Co.");
        var email = NewEmail();
        var procurement = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var form = await procurement.GetAsync($"/suppliers/{supplier.Supplier.Id}/invite");
        Page result;
        factory.Registry.Down = true;
        try
        {
            result = await procurement.SubmitAsync(form, "form[data-testid=invite-form]", new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.DisplayName"] = "Zhou Min", ["Input.Language"] = "zh-CN",
            });
        }
        finally
        {
            factory.Registry.Down = false;
        }

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("not answering", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(email, result.Find("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("Zhou Min", result.Find("#Input_DisplayName")?.GetAttribute("value"));
        Assert.Empty(MailTo(factory, email));
        Assert.Null(await factory.WithDb(db => db.Users.SingleOrDefaultAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Invite_AsRiskAnalyst_IsForbidden()
    {
        var supplier = factory.Registry.Add("Analyst Cannot Invite Ltd.");
        var analyst = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);

        var page = await analyst.GetAsync($"/suppliers/{supplier.Supplier.Id}/invite");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/access-denied", page.RedirectedTo);
    }

    Task<WebUser> FindUser(string email) =>
        factory.WithDb(async db => await db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    async Task<IList<string>> Roles(WebUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!);
    }
}
