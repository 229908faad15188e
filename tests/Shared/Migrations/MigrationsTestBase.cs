using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SupplierDD.Testing;

/// <summary>
/// The migration checks every service's tests run, one context type per provider (docs/database-providers.md): the
/// migrations of each provider cover the model, live in that provider's folder, apply to an empty SQLite and PostgreSQL
/// database, and SQL Server (no server here) gets an idempotent script. A service's test project instantiates it:
/// <code>
/// public sealed class MigrationTests : MigrationsTestBase&lt;SqliteXDbContext, PostgresXDbContext, SqlServerXDbContext&gt;
/// {
///     protected override string ServiceFolder => "services/X";
///     protected override IEnumerable&lt;string&gt; SqlServerScriptContains => ["CREATE TABLE [Things]"];
/// }
/// </code>
/// The contexts are built with the provider's plain options, as the services' design-time factories and the provider
/// switch build them; each needs the usual constructor taking <c>DbContextOptions&lt;TContext&gt;</c>.
/// </summary>
public abstract class MigrationsTestBase<TSqlite, TPostgres, TSqlServer>
    where TSqlite : DbContext
    where TPostgres : DbContext
    where TSqlServer : DbContext
{
    /// <summary>The service's folder from the repository root, e.g. <c>services/RiskScoring</c> (for the fix in a failure message).</summary>
    protected abstract string ServiceFolder { get; }

    /// <summary>Where the service keeps its migrations, relative to <see cref="ServiceFolder"/>; one subfolder per provider.</summary>
    protected virtual string MigrationsFolder => "Data/Migrations";

    /// <summary>Statements the SQL Server script must contain: a few tables and unique indexes the service relies on.</summary>
    protected abstract IEnumerable<string> SqlServerScriptContains { get; }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public void Model_HasNoChangesMissingFromMigrations(string provider)
    {
        using var db = Create(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model has changes no migration covers: run `dotnet ef migrations add <Name> --context {db.GetType().Name} --output-dir {MigrationsFolder}/{provider}` in {ServiceFolder}.");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public void Migrations_BelongToTheirOwnProvider(string provider)
    {
        using var db = Create(provider);
        var assembly = db.GetService<IMigrationsAssembly>();
        Assert.All(assembly.Migrations.Values, type => Assert.Contains($".Migrations.{provider}", type.Namespace));
    }

    [Fact]
    public async Task Migrations_ApplyToAnEmptySqliteDatabase()
    {
        var file = Path.Combine(Path.GetTempPath(), $"supplierdd-migrations-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = Create<TSqlite>(o => o.UseSqlite($"Data Source={file};Pooling=False")))
                await AssertMigratesAsync(db);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Migrations_ApplyToAnEmptyPostgresDatabase()
    {
        await using var database = await PostgresDatabase.CreateAsync("migrations");
        await using var db = Create<TPostgres>(o => o.UseNpgsql(database.ConnectionString));
        await AssertMigratesAsync(db);
    }

    [Fact]
    public void SqlServer_MigrationScript_Generates()
    {
        using var db = Create("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [__EFMigrationsHistory]", script);
        foreach (var statement in SqlServerScriptContains) Assert.Contains(statement, script);
    }

    static async Task AssertMigratesAsync(DbContext db)
    {
        await db.Database.MigrateAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    static DbContext Create(string provider) => provider switch
    {
        "Sqlite" => Create<TSqlite>(o => o.UseSqlite("Data Source=design.db")),
        "Postgres" => Create<TPostgres>(o => o.UseNpgsql("Host=127.0.0.1;Database=design")),
        "SqlServer" => Create<TSqlServer>(o => o.UseSqlServer("Server=design;Database=design;TrustServerCertificate=True")),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite, Postgres or SqlServer"),
    };

    static TContext Create<TContext>(Action<DbContextOptionsBuilder<TContext>> configure) where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        configure(options);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
