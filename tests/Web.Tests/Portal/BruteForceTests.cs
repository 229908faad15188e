using System.Net;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

/// <summary>
/// The failure budget at its defaults (10 per 15 minutes). Every request of the test host comes from the same
/// client address, so each test first lets the previous window pass.
/// </summary>
public sealed class BruteForceTests(RateLimitFactory factory) : IClassFixture<RateLimitFactory>
{
    const int Allowed = 10;

    [Fact]
    public async Task GuessingSetUpLinks_PastTheBudget_Returns429WithRetryAfter()
    {
        FreshWindow();
        var browser = factory.Browser();
        for (var i = 0; i < Allowed; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SetUpAsync(browser, RandomToken())).Status);

        var blocked = await SetUpAsync(browser, RandomToken());

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.Status);
        Assert.NotNull(blocked.Find("[data-testid=too-many-attempts]"));
        Assert.InRange(blocked.Response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 15 * 60);
        Assert.Null(blocked.Find("[data-testid=link-problem]"));
    }

    [Fact]
    public async Task GuessingSignInLinks_CountTogetherWithSetUpLinks()
    {
        FreshWindow();
        var browser = factory.Browser();
        for (var i = 0; i < Allowed / 2; i++) await SetUpAsync(browser, RandomToken());
        for (var i = 0; i < Allowed / 2; i++) await UseSignInLinkAsync(browser, RandomToken());

        Assert.Equal(HttpStatusCode.TooManyRequests, (await UseSignInLinkAsync(browser, RandomToken())).Status);
    }

    [Fact]
    public async Task WhileBlocked_EvenAValidLinkWaits_AndWorksAfterTheWindow()
    {
        FreshWindow();
        var (_, _, link) = await InvitedContactAsync(factory);
        var browser = factory.Browser();
        for (var i = 0; i < Allowed; i++) await SetUpAsync(browser, RandomToken());

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SetUpAsync(browser, link.Token)).Status);

        factory.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal("/portal", (await SetUpAsync(browser, link.Token)).RedirectedTo);
    }

    [Fact]
    public async Task WrongPasswords_PastTheBudget_Returns429()
    {
        FreshWindow();
        var (_, email, _) = await SetUpContactAsync(factory);
        var browser = factory.Browser();
        for (var i = 0; i < Allowed; i++)
            Assert.Equal(HttpStatusCode.OK, (await PortalLoginAsync(browser, email, $"wrong password number {i}")).Status);

        var blocked = await PortalLoginAsync(browser, email, Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.Status);
        Assert.NotNull(blocked.Response.Headers.RetryAfter);
        Assert.NotNull(blocked.Find("[data-testid=too-many-attempts]"));
    }

    [Fact]
    public async Task WrongPasswords_LockTheAccountAfterFive()
    {
        FreshWindow();
        var (_, email, _) = await SetUpContactAsync(factory);
        var browser = factory.Browser();
        for (var i = 0; i < 5; i++) await PortalLoginAsync(browser, email, $"wrong password number {i}");

        var locked = await PortalLoginAsync(browser, email, Password);

        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Contains("Too many failed attempts for this account", locked.Find("[data-testid=form-errors]")?.TextContent);
    }

    [Fact]
    public async Task LinkRequests_PastTheBudget_Return429AndSendNothingMore()
    {
        FreshWindow();
        var (_, email, _) = await SetUpContactAsync(factory);
        var browser = factory.Browser();
        for (var i = 0; i < Allowed; i++) Assert.Equal(HttpStatusCode.OK, (await RequestLinkAsync(browser, email)).Status);
        var sent = MailTo(factory, email).Count;

        var blocked = await RequestLinkAsync(browser, email);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.Status);
        Assert.Equal(sent, MailTo(factory, email).Count);
    }

    void FreshWindow() => factory.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

    static string RandomToken() => LinkTokensForTests.New();
}

/// <summary>Well-formed tokens nobody issued.</summary>
static class LinkTokensForTests
{
    public static string New() => SupplierDD.Web.Portal.LinkTokens.New();
}
