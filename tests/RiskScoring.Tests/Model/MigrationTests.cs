using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SupplierDD.RiskScoring.Data;

namespace SupplierDD.RiskScoring.Tests.Model;

/// <summary>Every provider's migrations cover the model; SQL Server is proved without a server by generating its script.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres", "SqlServer" };

    static RiskDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteRiskDesignFactory().CreateDbContext([]),
        "Postgres" => new PostgresRiskDesignFactory().CreateDbContext([]),
        _ => new SqlServerRiskDesignFactory().CreateDbContext([]),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesMissingFromMigrations(string provider)
    {
        using var db = Create(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes no migration covers: run `dotnet ef migrations add <Name> --context {provider}RiskDbContext --output-dir Data/Migrations/{provider}` in services/RiskScoring.");
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
        Assert.Contains("CREATE TABLE [Suppliers]", script);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script);
        Assert.Contains("CREATE TABLE [AuditEntries]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_EntityListVersions_List_Number]", script);
    }
}
