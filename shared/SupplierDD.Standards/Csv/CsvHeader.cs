namespace SupplierDD.Standards.Csv;

/// <summary>The header row of an uploaded CSV, matched against the columns an import expects.</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> indexByName;

    private CsvHeader(IReadOnlyList<string> columns, Dictionary<string, int> indexByName, IReadOnlyList<string> unknownColumns)
    {
        Columns = columns;
        this.indexByName = indexByName;
        UnknownColumns = unknownColumns;
    }

    /// <summary>The header's column names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Non-blank columns that are neither required nor optional, e.g. to warn about a misspelt name.</summary>
    public IReadOnlyList<string> UnknownColumns { get; }

    /// <summary>Reads the next row of <paramref name="reader"/> as the header and checks it.</summary>
    /// <param name="reader">A reader positioned at the header row.</param>
    /// <param name="requiredColumns">Columns that must be present (compared trimmed and case-insensitively).</param>
    /// <param name="optionalColumns">Columns that may be present; used to list the expected header and to spot unknown columns.</param>
    /// <returns>The header.</returns>
    /// <exception cref="CsvHeaderException">
    /// The file is empty, a required column is missing (all missing ones are listed) or a column name appears twice.
    /// </exception>
    public static CsvHeader Read(CsvReader reader, IReadOnlyList<string> requiredColumns, IReadOnlyList<string>? optionalColumns = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        optionalColumns ??= [];

        if (!reader.TryReadRow(out var row))
        {
            var expected = string.Join(',', requiredColumns.Concat(optionalColumns));
            throw new CsvHeaderException($"the file is empty; expected a header row: {expected}",
                requiredColumns.ToArray(), 1, 1);
        }

        var columns = row.Select(name => name.Trim()).ToArray();
        var indexByName = IndexColumns(columns, reader);

        var missing = requiredColumns.Where(name => !indexByName.ContainsKey(name.Trim())).ToArray();
        if (missing.Length > 0)
        {
            var noun = missing.Length == 1 ? "column" : "columns";
            throw new CsvHeaderException(
                $"row {reader.RowNumber}: missing required {noun} {string.Join(", ", missing)}; the header has: {string.Join(", ", columns)}",
                missing, reader.RowNumber, reader.LineNumber);
        }

        var known = new HashSet<string>(requiredColumns.Concat(optionalColumns).Select(name => name.Trim()), StringComparer.OrdinalIgnoreCase);
        var unknown = columns.Where(name => name.Length > 0 && !known.Contains(name)).ToArray();
        return new CsvHeader(columns, indexByName, unknown);
    }

    /// <summary>Position of <paramref name="column"/> (trimmed, case-insensitive), or -1 when absent.</summary>
    /// <param name="column">The column name.</param>
    public int IndexOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return indexByName.TryGetValue(column.Trim(), out var index) ? index : -1;
    }

    /// <summary>The trimmed cell of <paramref name="row"/> under <paramref name="column"/>.</summary>
    /// <param name="row">A row read after the header.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The trimmed cell; null when the column is absent or the row is too short; an empty cell stays "".</returns>
    public string? Get(string[] row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var index = IndexOf(column);
        return index >= 0 && index < row.Length ? row[index].Trim() : null;
    }

    private static Dictionary<string, int> IndexColumns(string[] columns, CsvReader reader)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            // Spreadsheets often export trailing empty header cells; they are not a duplicate of each other.
            if (columns[i].Length == 0)
                continue;
            if (!indexByName.TryAdd(columns[i], i))
            {
                throw new CsvHeaderException(
                    $"row {reader.RowNumber}: column '{columns[i]}' appears twice (columns {indexByName[columns[i]] + 1} and {i + 1})",
                    [], reader.RowNumber, reader.LineNumber);
            }
        }

        return indexByName;
    }
}
