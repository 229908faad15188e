using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Tests.Model;

/// <summary>The identity store's migrations cover the model and apply on every provider; SQL Server is proved by generating its script.</summary>
public sealed class IdentityStoreMigrationTests : MigrationsTestBase<SqliteWebDbContext, PostgresWebDbContext, SqlServerWebDbContext>
{
    protected override string ServiceFolder => "services/Web";
    protected override string MigrationsFolder => "Identity/Migrations";

    protected override IEnumerable<string> SqlServerScriptContains =>
    [
        "CREATE TABLE [AspNetUsers]", "CREATE TABLE [PortalLinkTokens]", "CREATE TABLE [DataProtectionKeys]",
        "CREATE UNIQUE INDEX [IX_PortalLinkTokens_TokenHash]",
    ];
}
