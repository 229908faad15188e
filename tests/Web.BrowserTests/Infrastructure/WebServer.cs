using Microsoft.AspNetCore.Hosting;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.Web.BrowserTests.Infrastructure;

/// <summary>The Web app on a real loopback port (Kestrel), its identity store in a fresh SQLite file, talking to a real registry and risk scoring.</summary>
public sealed class WebServer : ServiceFactory<Program>
{
    readonly string registryBaseUrl;
    readonly string riskBaseUrl;

    public WebServer(string registryBaseUrl, string riskBaseUrl, string folder) : base("web", "WebDb", DatabaseProvider.Sqlite, TestTransport.None, folder)
    {
        this.registryBaseUrl = registryBaseUrl;
        this.riskBaseUrl = riskBaseUrl;
        StartOnLoopback();
    }

    /// <summary>Emails land here as .eml files.</summary>
    public string PickupFolder => Path.Combine(Folder, "mail");

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("Email:PickupFolder", PickupFolder);
        builder.UseSetting("Email:Smtp:Host", "");
        builder.UseSetting("Web:PublicBaseUrl", BaseUrl);
        builder.UseSetting("Services:SupplierRegistry:BaseUrl", registryBaseUrl);
        builder.UseSetting("Services:RiskScoring:BaseUrl", riskBaseUrl);
    }
}
