using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Portal;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>One-time links: single use, expiry, one user's link in another's browser, sign-in links, storage.</summary>
public abstract class LinkRulesTests(PortalFactory factory)
{
    [Fact]
    public async Task SetUpLink_PasswordChosen_SignsInAndPortalShowsTheSupplier()
    {
        var (supplierId, email, link) = await InvitedContactAsync(factory);
        var browser = factory.Browser();

        var done = await SetUpAsync(browser, link.Token);

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("/portal", done.RedirectedTo);
        var portal = await browser.GetAsync("/portal");
        Assert.Equal(HttpStatusCode.OK, portal.Status);
        Assert.Equal("Jiangsu Sunrise Polysilicon Co., Ltd.", portal.Find("[data-testid=portal-supplier-name]")?.TextContent.Trim());
        Assert.Equal("江苏日升多晶硅有限公司", portal.Find("[data-testid=portal-supplier-local-name]")?.TextContent.Trim());
        Assert.Equal("Li Wei", portal.Find("[data-testid=signed-in-user]")?.TextContent.Trim());
        var user = await factory.WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.True(user.EmailConfirmed);
        Assert.Equal(supplierId, user.SupplierId);

        // The password works from now on.
        var again = await PortalLoginAsync(factory.Browser(), email, Password);
        Assert.Equal("/portal", again.RedirectedTo);
    }

    [Fact]
    public async Task SetUpLink_UsedTwice_SecondTimeIsRefused()
    {
        var (_, email, link) = await InvitedContactAsync(factory);
        Assert.Equal("/portal", (await SetUpAsync(factory.Browser(), link.Token)).RedirectedTo);

        var reuse = await SetUpAsync(factory.Browser(), link.Token, password: "another long password here");

        Assert.Equal(HttpStatusCode.BadRequest, reuse.Status);
        Assert.Equal("used", LinkProblem(reuse));
        // The first password still holds: the reuse changed nothing.
        Assert.Equal("/portal", (await PortalLoginAsync(factory.Browser(), email, Password)).RedirectedTo);
        Assert.Equal(HttpStatusCode.OK, (await PortalLoginAsync(factory.Browser(), email, "another long password here")).Status);
    }

    [Fact]
    public async Task SetUpLink_After72Hours_IsExpiredAndOffersANewSignInLink()
    {
        var (_, email, link) = await InvitedContactAsync(factory);

        factory.Time.Advance(TimeSpan.FromHours(72) + TimeSpan.FromSeconds(1));
        var expired = await SetUpAsync(factory.Browser(), link.Token);

        Assert.Equal(HttpStatusCode.BadRequest, expired.Status);
        Assert.Equal("expired", LinkProblem(expired));
        Assert.Equal("/portal/request-link", expired.Find("[data-testid=request-new-link]")?.GetAttribute("href"));
        Assert.Null((await factory.WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email))).PasswordHash);
    }

    [Fact]
    public async Task SetUpLink_JustBefore72Hours_StillWorks()
    {
        var (_, _, link) = await InvitedContactAsync(factory);

        factory.Time.Advance(TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1));

        Assert.Equal("/portal", (await SetUpAsync(factory.Browser(), link.Token)).RedirectedTo);
    }

    [Fact]
    public async Task SetUpLink_PasswordsDiffer_FieldErrorAndLinkStillWorks()
    {
        var (_, _, link) = await InvitedContactAsync(factory);
        var browser = factory.Browser();

        var mismatch = await SetUpAsync(browser, link.Token, confirm: "something else entirely");

        Assert.Equal(HttpStatusCode.OK, mismatch.Status);
        Assert.Equal("The two passwords are not the same.", mismatch.FieldError("Input.ConfirmPassword"));
        Assert.Equal(link.Token, mismatch.Find("[data-testid=setup-token]")?.GetAttribute("value"));
        Assert.Equal("/portal", (await SetUpAsync(browser, link.Token)).RedirectedTo);
    }

    [Fact]
    public async Task SetUpLink_TooShortPassword_FieldErrorAndLinkStillWorks()
    {
        var (_, _, link) = await InvitedContactAsync(factory);

        var tooShort = await SetUpAsync(factory.Browser(), link.Token, password: "short");

        Assert.Equal(HttpStatusCode.OK, tooShort.Status);
        Assert.Equal("Use at least 12 characters.", tooShort.FieldError("Input.Password"));
        Assert.Equal("/portal", (await SetUpAsync(factory.Browser(), link.Token)).RedirectedTo);
    }

    [Fact]
    public async Task SetUpPage_WithoutCode_AsksForTheCodeFromTheEmail()
    {
        var result = await SetUpAsync(factory.Browser(), "");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Enter the code from your email.", result.FieldError("Input.Token"));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task SetUpLink_Unknown_IsInvalidNever500(string token)
    {
        var result = await SetUpAsync(factory.Browser(), token);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("invalid", LinkProblem(result));
    }

    [Fact]
    public async Task LinkOfUserA_WhileUserBSignedIn_IsRefusedAndStaysUsableForA()
    {
        var (_, _, browserOfB) = await SetUpContactAsync(factory);
        var (_, _, linkOfA) = await InvitedContactAsync(factory);

        var refused = await SetUpAsync(browserOfB, linkOfA.Token);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.NotNull(refused.Find("[data-testid=signed-in-as-someone-else]"));
        Assert.NotNull(refused.Find("form[data-testid=sign-out-first-form]"));
        // B is still B, and A's link was not used up.
        Assert.Equal(HttpStatusCode.OK, (await browserOfB.GetAsync("/portal")).Status);
        Assert.Equal("/portal", (await SetUpAsync(factory.Browser(), linkOfA.Token)).RedirectedTo);
    }

    [Fact]
    public async Task SignInLinkOfUserA_WhileInternalUserSignedIn_IsRefusedAndStaysUsable()
    {
        var (_, email, _) = await SetUpContactAsync(factory);
        await RequestLinkAsync(factory.Browser(), email);
        var link = LatestLink(factory, email);
        var procurement = await factory.SignedIn(DevAccounts.Procurement, DevAccounts.ProcurementPassword);

        var refused = await UseSignInLinkAsync(procurement, link.Token);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.NotNull(refused.Find("[data-testid=signed-in-as-someone-else]"));
        Assert.Equal("/portal", (await UseSignInLinkAsync(factory.Browser(), link.Token)).RedirectedTo);
    }

    [Fact]
    public async Task SignInLink_WorksOnce()
    {
        var (_, email, _) = await SetUpContactAsync(factory);
        var requested = await RequestLinkAsync(factory.Browser(), email);
        Assert.NotNull(requested.Find("[data-testid=request-link-sent]"));
        var link = LatestLink(factory, email);
        Assert.StartsWith("http://127.0.0.1:5000/portal/signin-link#", link.Url);
        Assert.Equal("Your SupplierDD sign-in link", link.Message.Subject);

        var browser = factory.Browser();
        // Opening the page (as a mail scanner would) does not use the link: only the button's POST does.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal/signin-link")).Status);
        var first = await UseSignInLinkAsync(browser, link.Token);
        Assert.Equal("/portal", first.RedirectedTo);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal")).Status);

        var second = await UseSignInLinkAsync(factory.Browser(), link.Token);
        Assert.Equal("used", LinkProblem(second));
    }

    [Fact]
    public async Task SignInLink_After10Minutes_IsExpired()
    {
        var (_, email, _) = await SetUpContactAsync(factory);
        await RequestLinkAsync(factory.Browser(), email);
        var link = LatestLink(factory, email);

        factory.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var expired = await UseSignInLinkAsync(factory.Browser(), link.Token);

        Assert.Equal(HttpStatusCode.BadRequest, expired.Status);
        Assert.Equal("expired", LinkProblem(expired));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Browser().GetAsync("/portal")).Status);
    }

    [Fact]
    public async Task SignInLink_NewerRequest_ReplacesTheOlderLink()
    {
        var (_, email, _) = await SetUpContactAsync(factory);
        await RequestLinkAsync(factory.Browser(), email);
        var older = LatestLink(factory, email);
        await RequestLinkAsync(factory.Browser(), email);
        var newer = LatestLink(factory, email);

        Assert.Equal("used", LinkProblem(await UseSignInLinkAsync(factory.Browser(), older.Token)));
        Assert.Equal("/portal", (await UseSignInLinkAsync(factory.Browser(), newer.Token)).RedirectedTo);
    }

    [Fact]
    public async Task SignInToken_OnTheSetUpPage_IsInvalid()
    {
        var (_, email, _) = await SetUpContactAsync(factory);
        await RequestLinkAsync(factory.Browser(), email);
        var signInLink = LatestLink(factory, email);

        var wrongPage = await SetUpAsync(factory.Browser(), signInLink.Token, password: "a password to take over");

        Assert.Equal("invalid", LinkProblem(wrongPage));
        Assert.Equal("/portal", (await UseSignInLinkAsync(factory.Browser(), signInLink.Token)).RedirectedTo);
    }

    [Fact]
    public async Task RequestLink_UnknownEmail_AnswersTheSameAndSendsNothing()
    {
        var (_, known, _) = await SetUpContactAsync(factory);
        var unknown = NewEmail("nobody");

        var forUnknown = await RequestLinkAsync(factory.Browser(), unknown);
        var forKnown = await RequestLinkAsync(factory.Browser(), known);

        Assert.Equal(HttpStatusCode.OK, forUnknown.Status);
        Assert.Equal(forKnown.Status, forUnknown.Status);
        Assert.Equal(forKnown.Find("[data-testid=request-link-sent]")?.TextContent.Replace(known, "{email}"),
            forUnknown.Find("[data-testid=request-link-sent]")?.TextContent.Replace(unknown, "{email}"));
        Assert.Empty(MailTo(factory, unknown));
        Assert.Single(MailTo(factory, known), m => m.Subject == "Your SupplierDD sign-in link");
    }

    [Fact]
    public async Task RequestLink_InternalUser_GetsNothing()
    {
        var before = MailTo(factory, DevAccounts.Admin).Count;

        var answer = await RequestLinkAsync(factory.Browser(), DevAccounts.Admin);

        Assert.NotNull(answer.Find("[data-testid=request-link-sent]"));
        Assert.Equal(before, MailTo(factory, DevAccounts.Admin).Count);
    }

    [Fact]
    public async Task RequestLink_ContactWithoutPassword_GetsAFreshSetUpLink()
    {
        var (_, email, invitation) = await InvitedContactAsync(factory, language: "zh-CN");

        await RequestLinkAsync(factory.Browser(), email);
        var fresh = LatestLink(factory, email);

        Assert.StartsWith("http://127.0.0.1:5000/portal/setup#", fresh.Url);
        Assert.Equal("设置您的 SupplierDD 供应商门户账户", fresh.Message.Subject);
        Assert.Equal("used", LinkProblem(await SetUpAsync(factory.Browser(), invitation.Token)));
        Assert.Equal("/portal", (await SetUpAsync(factory.Browser(), fresh.Token)).RedirectedTo);
    }

    [Fact]
    public async Task Links_AreStoredOnlyAsHashes()
    {
        var (_, email, link) = await InvitedContactAsync(factory);

        var stored = await factory.WithDb(async db =>
        {
            var userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
            return await db.PortalLinkTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync();
        });

        var row = Assert.Single(stored);
        Assert.Equal(LinkTokens.Hash(link.Token), row.TokenHash);
        Assert.Matches("^[0-9a-f]{64}$", row.TokenHash);
        Assert.Equal(PortalLinkPurpose.SetUp, row.Purpose);
        Assert.Equal(TimeSpan.FromHours(72), row.ExpiresAt - row.CreatedAt);
        // 32 random bytes: at least 128 bits, as the issue asks.
        Assert.Equal(32, Convert.FromBase64String(link.Token.Replace('-', '+').Replace('_', '/') + "=").Length);
        var everyColumn = await factory.WithDb(db => db.PortalLinkTokens.AsNoTracking().Select(t => t.TokenHash + t.UserId + t.CreatedBy + t.Purpose).ToListAsync());
        Assert.DoesNotContain(everyColumn, value => value.Contains(link.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Consume_TwoAtOnce_OnlyOneSucceeds()
    {
        var (_, _, link) = await InvitedContactAsync(factory);
        var id = await factory.WithDb(db => db.PortalLinkTokens.Where(t => t.TokenHash == LinkTokens.Hash(link.Token)).Select(t => t.Id).SingleAsync());

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PortalLinks>().ConsumeAsync(id);
        }));

        Assert.Equal(1, results.Count(r => r));
    }
}

public sealed class SqliteLinkRulesTests(LinkRulesFactory factory) : LinkRulesTests(factory), IClassFixture<LinkRulesFactory>;

public sealed class PostgresLinkRulesTests(PostgresLinkRulesFactory factory) : LinkRulesTests(factory), IClassFixture<PostgresLinkRulesFactory>;
