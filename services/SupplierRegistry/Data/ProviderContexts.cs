using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupplierDD.SupplierRegistry.Data;

// Each provider gets its own context type so `dotnet ef` keeps a separate migration history in
// Data/Migrations/<Provider>/. Only the design-time factories below ever name a connection string.

public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options);

public sealed class PostgresRegistryDbContext(DbContextOptions<PostgresRegistryDbContext> options) : RegistryDbContext(options);

public sealed class SqlServerRegistryDbContext(DbContextOptions<SqlServerRegistryDbContext> options) : RegistryDbContext(options);

public sealed class SqliteRegistryDesignFactory : IDesignTimeDbContextFactory<SqliteRegistryDbContext>
{
    public SqliteRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresRegistryDesignFactory : IDesignTimeDbContextFactory<PostgresRegistryDbContext>
{
    public PostgresRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRegistryDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}

public sealed class SqlServerRegistryDesignFactory : IDesignTimeDbContextFactory<SqlServerRegistryDbContext>
{
    public SqlServerRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerRegistryDbContext>().UseSqlServer("Server=design;Database=design;TrustServerCertificate=True").Options);
}
