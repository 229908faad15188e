using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Tests.Model;

/// <summary>Every provider's migrations cover the model; SQL Server is proved without a server by generating its script.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres", "SqlServer" };

    static RegistryDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteRegistryDesignFactory().CreateDbContext([]),
        "Postgres" => new PostgresRegistryDesignFactory().CreateDbContext([]),
        _ => new SqlServerRegistryDesignFactory().CreateDbContext([]),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesMissingFromMigrations(string provider)
    {
        using var db = Create(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes no migration covers: run `dotnet ef migrations add <Name> --context {provider}RegistryDbContext --output-dir Data/Migrations/{provider}` in services/SupplierRegistry.");
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
        Assert.Contains("CREATE UNIQUE INDEX [IX_Suppliers_RegistrationScheme_RegistrationValue]", script);
    }
}
