using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupplierDD.RiskScoring.Data;

// Each provider gets its own context type so `dotnet ef` keeps a separate migration history in
// Data/Migrations/<Provider>/. Only the design-time factories below ever name a connection string.

public sealed class SqliteRiskDbContext(DbContextOptions<SqliteRiskDbContext> options) : RiskDbContext(options);

public sealed class PostgresRiskDbContext(DbContextOptions<PostgresRiskDbContext> options) : RiskDbContext(options);

public sealed class SqlServerRiskDbContext(DbContextOptions<SqlServerRiskDbContext> options) : RiskDbContext(options);

public sealed class SqliteRiskDesignFactory : IDesignTimeDbContextFactory<SqliteRiskDbContext>
{
    public SqliteRiskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRiskDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresRiskDesignFactory : IDesignTimeDbContextFactory<PostgresRiskDbContext>
{
    public PostgresRiskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRiskDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}

public sealed class SqlServerRiskDesignFactory : IDesignTimeDbContextFactory<SqlServerRiskDbContext>
{
    public SqlServerRiskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerRiskDbContext>().UseSqlServer("Server=design;Database=design;TrustServerCertificate=True").Options);
}
