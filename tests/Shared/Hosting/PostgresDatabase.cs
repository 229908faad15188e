using Npgsql;

namespace SupplierDD.Testing;

/// <summary>A fresh database on the test PostgreSQL server (<see cref="TestEnvironment.Postgres"/>), dropped on dispose.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    PostgresDatabase(string name) => Name = name;

    public string Name { get; }

    /// <summary>Connects to this database; the pool is capped so many parallel test hosts stay under the server's connection limit.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = Name, MaxPoolSize = 30 }.ConnectionString;

    /// <summary>Creates <c>{prefix}_{guid}</c>.</summary>
    public static async Task<PostgresDatabase> CreateAsync(string prefix)
    {
        var database = new PostgresDatabase($"{prefix}_{Guid.NewGuid():N}");
        await using var admin = new NpgsqlConnection(TestEnvironment.Postgres);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", admin);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>Drops the database even while a pool elsewhere still holds connections to it.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.Postgres);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
