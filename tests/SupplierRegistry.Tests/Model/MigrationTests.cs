using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Tests.Model;

/// <summary>Every provider's migrations cover the model and apply; SQL Server is proved without a server by generating its script.</summary>
public sealed class MigrationTests : MigrationsTestBase<SqliteRegistryDbContext, PostgresRegistryDbContext, SqlServerRegistryDbContext>
{
    protected override string ServiceFolder => "services/SupplierRegistry";

    protected override IEnumerable<string> SqlServerScriptContains =>
    [
        "CREATE TABLE [Suppliers]", "CREATE TABLE [OutboxMessages]",
        "CREATE UNIQUE INDEX [IX_Suppliers_RegistrationScheme_RegistrationValue]",
    ];
}
