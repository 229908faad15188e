using System.Net;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.Account;

public abstract class SignInTests(WebFactory factory)
{
    [Fact]
    public async Task SignIn_DevAccount_LandsOnDashboardWithName()
    {
        var browser = factory.Browser();
        await browser.SignInAsync(DevAccounts.Procurement, DevAccounts.ProcurementPassword);
        var dashboard = await browser.GetFollowingAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Equal("Pat Procurement", dashboard.Find("[data-testid=signed-in-user]")?.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndKeepsEmail()
    {
        var browser = factory.Browser();
        var login = await browser.GetAsync("/account/login");
        var result = await browser.SubmitAsync(login, "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.Email"] = DevAccounts.Analyst,
            ["Input.Password"] = "not-the-password",
        });
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Email or password is not right.", result.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(DevAccounts.Analyst, result.Find("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("", result.Find("#Input_Password")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task SignIn_MissingFields_NamesEachField()
    {
        var browser = factory.Browser();
        var login = await browser.GetAsync("/account/login");
        var result = await browser.SubmitAsync(login, "form[method=post]:not([action])", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Enter your email address.", result.FieldError("Input.Email"));
        Assert.Equal("Enter your password.", result.FieldError("Input.Password"));
    }

    [Fact]
    public async Task BackOfficePage_Anonymous_RedirectsToSignInAndBackAfterwards()
    {
        var browser = factory.Browser();
        var page = await browser.GetAsync("/?tab=x");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=%2F%3Ftab%3Dx", page.RedirectedTo);

        var login = await browser.GetAsync(page.RedirectedTo!);
        var signedIn = await browser.SubmitAsync(login, "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.Email"] = DevAccounts.Admin,
            ["Input.Password"] = DevAccounts.AdminPassword,
        });
        Assert.Equal("/?tab=x", signedIn.RedirectedTo);
    }

    [Fact]
    public async Task SignIn_OffSiteReturnUrl_IsIgnored()
    {
        var browser = factory.Browser();
        var login = await browser.GetAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        var signedIn = await browser.SubmitAsync(login, "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.Email"] = DevAccounts.Admin,
            ["Input.Password"] = DevAccounts.AdminPassword,
        });
        Assert.Equal("/", signedIn.RedirectedTo);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var dashboard = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        var signedOut = await browser.SubmitAsync(dashboard, "form[data-testid=logout-form]");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).Status);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        var response = await browser.Http.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).Status);
    }

    [Fact]
    public async Task Session_IdleLongerThanTimeout_ReturnsToSignIn()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).Status);
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/login", page.RedirectedTo);
    }

    [Fact]
    public async Task Session_ActiveLongerThanAbsoluteTimeout_ReturnsToSignIn()
    {
        var browser = await factory.SignedIn(DevAccounts.Analyst, DevAccounts.AnalystPassword);
        // Active every 20 minutes (inside the idle timeout) for 10 hours and a bit.
        for (var i = 0; i < 31; i++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(20));
            var page = await browser.GetAsync("/");
            if (i < 29) Assert.True(page.Status == HttpStatusCode.OK, $"signed out early, after {(i + 1) * 20} minutes");
            else if (i == 30)
            {
                Assert.Equal(HttpStatusCode.Redirect, page.Status);
                Assert.Contains("/account/login", page.RedirectedTo);
            }
        }
    }
}

// Each class gets its own factory: the session tests move that factory's clock.
public sealed class SqliteSignInTests(WebFactory factory) : SignInTests(factory), IClassFixture<WebFactory>;

public sealed class PostgresSignInTests(PostgresWebFactory factory) : SignInTests(factory), IClassFixture<PostgresWebFactory>;
