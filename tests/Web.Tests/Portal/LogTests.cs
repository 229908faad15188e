using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

public sealed class LogTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    [Fact]
    public async Task Tokens_NeverAppearInTheLogs()
    {
        var (_, email, setUp) = await InvitedContactAsync(factory);
        await SetUpAsync(factory.Browser(), setUp.Token);
        await SetUpAsync(factory.Browser(), setUp.Token); // refused reuse: logged, without the token
        await RequestLinkAsync(factory.Browser(), email);
        var signIn = LatestLink(factory, email);
        await UseSignInLinkAsync(factory.Browser(), signIn.Token);
        await UseSignInLinkAsync(factory.Browser(), signIn.Token);

        var lines = factory.Logs.Lines.ToList();
        // The capture works (the flow did log), and no line holds either token or its link.
        Assert.Contains(lines, l => l.Contains("set up their account"));
        Assert.Contains(lines, l => l.Contains("link refused"));
        foreach (var secret in new[] { setUp.Token, signIn.Token })
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
    }
}
