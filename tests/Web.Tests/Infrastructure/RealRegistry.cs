extern alias Registry;
using Microsoft.AspNetCore.Hosting;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>
/// The real supplier registry on a loopback port of its own (Kestrel, a fresh SQLite file, in-memory bus),
/// for the tests that drive it through the Web app's Refit client.
/// </summary>
public sealed class RealRegistry : ServiceFactory<Registry::Program>
{
    public RealRegistry() : base("registry", "SupplierRegistryDb", DatabaseProvider.Sqlite, TestTransport.InMemory) => StartOnLoopback();

    protected override void ConfigureService(IWebHostBuilder builder) =>
        builder.UseSetting("Imports:StoragePath", Path.Combine(Folder, "imports"));
}
