using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Messaging;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Imports;

namespace SupplierDD.SupplierRegistry;

public static class Extensions
{
    public static WebApplicationBuilder AddSupplierRegistry(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<RegistryDbContext, SqlServerRegistryDbContext, PostgresRegistryDbContext, SqliteRegistryDbContext>("SupplierRegistryDb");
        // The registry only publishes; its consumers arrive with later features.
        builder.AddServiceMessaging("supplier-registry");
        builder.AddImports();
        return builder;
    }

    static void AddImports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration("Imports").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddHostedService<ImportWorker>();
    }
}
