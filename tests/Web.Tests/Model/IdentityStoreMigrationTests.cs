using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SupplierDD.Web.Identity;

namespace SupplierDD.Web.Tests.Model;

/// <summary>The identity store's migrations cover the model on every provider; SQL Server is proved by generating its script.</summary>
public sealed class IdentityStoreMigrationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres", "SqlServer" };

    static WebDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteWebDesignFactory().CreateDbContext([]),
        "Postgres" => new PostgresWebDesignFactory().CreateDbContext([]),
        _ => new SqlServerWebDesignFactory().CreateDbContext([]),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesMissingFromMigrations(string provider)
    {
        using var db = Create(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} identity model has changes no migration covers: run `dotnet ef migrations add <Name> --context {provider}WebDbContext --output-dir Identity/Migrations/{provider}` in services/Web.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_BelongToTheirOwnProvider(string provider)
    {
        using var db = Create(provider);
        var assembly = db.GetService<IMigrationsAssembly>();
        Assert.All(assembly.Migrations.Values, type => Assert.Contains($".Migrations.{provider}", type.Namespace));
    }

    [Fact]
    public void SqlServer_MigrationScript_Generates()
    {
        using var db = Create("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        Assert.Contains("CREATE TABLE [PortalLinkTokens]", script);
        Assert.Contains("CREATE TABLE [DataProtectionKeys]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_PortalLinkTokens_TokenHash]", script);
    }
}
