using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace SupplierDD.ServiceDefaults.Database;

/// <summary>
/// Inserts many new rows at once. On PostgreSQL they stream through binary <c>COPY</c> on the
/// context's own connection and transaction, an order of magnitude faster than tracked inserts;
/// on other providers they are added to the context for the next <c>SaveChanges</c>.
/// Columns come from the EF model (names, value converters), so the two paths store the same values.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// PostgreSQL: copies now (call inside the transaction that also saves the rest).
    /// Others: adds the rows; the caller's <c>SaveChanges</c> writes them.
    /// </summary>
    public static async Task InsertAsync<T>(this DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        if (!db.Database.IsNpgsql())
        {
            db.Set<T>().AddRange(rows);
            return;
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Database-generated keys (identity columns) are left to the database.
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType is var t && (t == typeof(long) || t == typeof(int))))
            .Select(p => new Column(p.GetGetter(), p.GetColumnName(table)!, p.GetTypeMapping().Converter, DbType(p.GetColumnType()),
                TypedWriter(p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType)))
            .ToArray();
        var target = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        var command = $"COPY {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";

        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(command, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.Getter.GetClrValueUsingContainingEntity(row);
                if (value is not null && column.Converter is not null) value = column.Converter.ConvertToProvider(value);
                // Synchronous, typed writes: the importer buffers, and boxing through Write<object> resolves the type per value.
                if (value is null) importer.WriteNull();
                else column.Write(importer, value, column.Type);
            }
        }
        await importer.CompleteAsync(ct);
    }

    sealed record Column(IClrPropertyGetter Getter, string Name, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter,
        NpgsqlDbType Type, Action<NpgsqlBinaryImporter, object, NpgsqlDbType> Write);

    static Action<NpgsqlBinaryImporter, object, NpgsqlDbType> TypedWriter(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        return (Action<NpgsqlBinaryImporter, object, NpgsqlDbType>)typeof(BulkInsert)
            .GetMethod(nameof(WriteTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type)
            .CreateDelegate(typeof(Action<NpgsqlBinaryImporter, object, NpgsqlDbType>));
    }

    static void WriteTyped<T>(NpgsqlBinaryImporter importer, object value, NpgsqlDbType type) => importer.Write((T)value, type);

    /// <summary>The column's store type ("character varying(300)") as the binary COPY protocol names it.</summary>
    static NpgsqlDbType DbType(string columnType) => columnType.Split('(', 2)[0].Trim() switch
    {
        "uuid" => NpgsqlDbType.Uuid,
        "text" => NpgsqlDbType.Text,
        "character varying" => NpgsqlDbType.Varchar,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "smallint" => NpgsqlDbType.Smallint,
        "boolean" => NpgsqlDbType.Boolean,
        "numeric" => NpgsqlDbType.Numeric,
        "double precision" => NpgsqlDbType.Double,
        "real" => NpgsqlDbType.Real,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        "timestamp without time zone" => NpgsqlDbType.Timestamp,
        "date" => NpgsqlDbType.Date,
        "bytea" => NpgsqlDbType.Bytea,
        var other => throw new NotSupportedException($"Bulk insert has no binary mapping for column type '{other}'; add it here."),
    };

    static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
