extern alias Registry;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>
/// The real supplier registry on a loopback port of its own (Kestrel, a fresh SQLite file, in-memory bus),
/// for the tests that drive it through the Web app's Refit client.
/// </summary>
public sealed class RealRegistry : WebApplicationFactory<Registry::Program>
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "supplierdd-web-tests", "registry-" + Guid.NewGuid().ToString("N"));

    public RealRegistry()
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        Directory.CreateDirectory(folder);
        UseKestrel(Port);
        StartServer();
    }

    public int Port { get; }
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", BaseUrl);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:SupplierRegistryDb", $"Data Source={Path.Combine(folder, "registry.db")}");
        builder.UseSetting("Imports:StoragePath", Path.Combine(folder, "imports"));
        builder.UseSetting("Messaging:Transport", "InMemory");
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
