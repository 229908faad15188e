using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupplierDD.Web.Identity;

// One context type per provider so `dotnet ef` keeps a separate migration history in
// Identity/Migrations/<Provider>/. Only the design-time factories below name a connection string.

public sealed class SqliteWebDbContext(DbContextOptions<SqliteWebDbContext> options) : WebDbContext(options);

public sealed class PostgresWebDbContext(DbContextOptions<PostgresWebDbContext> options) : WebDbContext(options);

public sealed class SqlServerWebDbContext(DbContextOptions<SqlServerWebDbContext> options) : WebDbContext(options);

public sealed class SqliteWebDesignFactory : IDesignTimeDbContextFactory<SqliteWebDbContext>
{
    public SqliteWebDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWebDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresWebDesignFactory : IDesignTimeDbContextFactory<PostgresWebDbContext>
{
    public PostgresWebDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWebDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}

public sealed class SqlServerWebDesignFactory : IDesignTimeDbContextFactory<SqlServerWebDbContext>
{
    public SqlServerWebDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerWebDbContext>().UseSqlServer("Server=design;Database=design;TrustServerCertificate=True").Options);
}
