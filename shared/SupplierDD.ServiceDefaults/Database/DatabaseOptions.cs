using System.ComponentModel.DataAnnotations;

namespace SupplierDD.ServiceDefaults.Database;

/// <summary>Which database engine a deployment uses.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded file database: the local run and fast tests.</summary>
    Sqlite,
    /// <summary>PostgreSQL: real-server tests; fine for production too.</summary>
    Postgres,
    /// <summary>SQL Server: production and docker-compose.</summary>
    SqlServer,
}

/// <summary>Bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> | <c>Postgres</c> | <c>SqlServer</c>.</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the service starts. Turn off where a release pipeline migrates.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
