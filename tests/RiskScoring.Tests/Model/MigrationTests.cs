using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Tests.Model;

/// <summary>Every provider's migrations cover the model and apply; SQL Server is proved without a server by generating its script.</summary>
public sealed class MigrationTests : MigrationsTestBase<SqliteRiskDbContext, PostgresRiskDbContext, SqlServerRiskDbContext>
{
    protected override string ServiceFolder => "services/RiskScoring";

    protected override IEnumerable<string> SqlServerScriptContains =>
    [
        "CREATE TABLE [Suppliers]", "CREATE TABLE [OutboxMessages]", "CREATE TABLE [AuditEntries]",
        "CREATE UNIQUE INDEX [IX_EntityListVersions_List_Number]",
    ];
}
