using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupplierDD.Web.BrowserTests.Infrastructure;

/// <summary>The Web app on a real loopback port (Kestrel), its identity store in a fresh SQLite file, talking to a real registry and risk scoring.</summary>
public sealed class WebServer : WebApplicationFactory<Program>
{
    readonly string registryBaseUrl;
    readonly string riskBaseUrl;

    public WebServer(string registryBaseUrl, string riskBaseUrl, string folder)
    {
        this.registryBaseUrl = registryBaseUrl;
        this.riskBaseUrl = riskBaseUrl;
        Folder = folder;
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        UseKestrel(Port);
        StartServer();
    }

    public string Folder { get; }
    public int Port { get; }
    public string BaseUrl { get; }
    /// <summary>Emails land here as .eml files.</summary>
    public string PickupFolder => Path.Combine(Folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", BaseUrl);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:WebDb", $"Data Source={Path.Combine(Folder, "web.db")}");
        builder.UseSetting("Email:PickupFolder", PickupFolder);
        builder.UseSetting("Email:Smtp:Host", "");
        builder.UseSetting("Web:PublicBaseUrl", BaseUrl);
        builder.UseSetting("Services:SupplierRegistry:BaseUrl", registryBaseUrl);
        builder.UseSetting("Services:RiskScoring:BaseUrl", riskBaseUrl);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
