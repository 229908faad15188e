using System.Net;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Web.Tests.Infrastructure;
using static SupplierDD.Web.Tests.Portal.PortalKit;

namespace SupplierDD.Web.Tests.Portal;

public sealed class FailingEmailTests(FailingMailFactory factory) : IClassFixture<FailingMailFactory>
{
    [Fact]
    public async Task Invite_EmailCannotBeSent_ShowsErrorKeepsInputAndInvitingAgainWorks()
    {
        var supplier = factory.Registry.Add("Mail Trouble Silicon");
        var email = NewEmail();
        Page failed;
        factory.Email.Failing = true;
        try
        {
            failed = await InviteAsync(factory, supplier.Supplier.Id, email, name: "Sun Li", language: "zh-CN");
        }
        finally
        {
            factory.Email.Failing = false;
        }

        Assert.Equal(HttpStatusCode.OK, failed.Status);
        Assert.Contains("could not be sent", failed.Find("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(email, failed.Find("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("Sun Li", failed.Find("#Input_DisplayName")?.GetAttribute("value"));
        Assert.Equal("Draft", factory.Registry.Find(supplier.Supplier.Id)!.Supplier.Status);
        // The link minted for the failed email can never work, even if a copy of it existed somewhere.
        Assert.Equal(0, await factory.WithDb(db => db.PortalLinkTokens.CountAsync(t => t.UsedAt == null && db.Users.Any(u => u.Id == t.UserId && u.Email == email))));

        var again = await InviteAsync(factory, supplier.Supplier.Id, email, name: "Sun Li", language: "zh-CN");

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal("Invited", factory.Registry.Find(supplier.Supplier.Id)!.Supplier.Status);
        Assert.Equal("/portal", (await SetUpAsync(factory.Browser(), LatestLink(factory, email).Token)).RedirectedTo);
    }
}
