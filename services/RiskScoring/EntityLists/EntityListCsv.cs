using System.Globalization;
using SupplierDD.Standards.Countries;
using SupplierDD.Standards.Csv;

namespace SupplierDD.RiskScoring.EntityLists;

/// <summary>One row of an entity-list CSV, checked.</summary>
public sealed record EntityListRow(int Row, string List, string Name, IReadOnlyList<string> Aliases, string? CountryCode, string? Section, DateOnly? ListedOn, string? Source);

/// <summary>
/// Reads <c>list,name,aliases,country,section,listed_on,source</c> (aliases separated by <c>|</c>). The whole file is
/// checked before anything is stored: any bad row rejects the import, with every problem listed by row and column.
/// </summary>
public static class EntityListCsv
{
    public static readonly IReadOnlyList<string> Required = ["list", "name"];
    public static readonly IReadOnlyList<string> Optional = ["aliases", "country", "section", "listed_on", "source"];
    public const int MaxRows = 100_000;
    const int MaxName = 300, MaxList = 40, MaxSection = 100, MaxSource = 1000, MaxAliases = 50;

    /// <summary>The rows, or the problems keyed like <c>row 7: name</c> (at most 50 listed).</summary>
    public static (IReadOnlyList<EntityListRow> Rows, Dictionary<string, string[]> Errors) Parse(Stream stream)
    {
        var rows = new List<EntityListRow>();
        var errors = new Dictionary<string, string[]>();
        try
        {
            using var reader = new CsvReader(stream, leaveOpen: true);
            var header = CsvHeader.Read(reader, Required, Optional);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.TryReadRow(out var cells))
            {
                if (rows.Count >= MaxRows)
                {
                    Add(errors, "file", $"has more than {MaxRows:N0} rows; split it by list.");
                    break;
                }
                var row = ReadRow(header, cells, reader.RowNumber, errors);
                if (row is null) continue;
                var key = EntityKeys.For(row.List, row.Name);
                if (seen.TryGetValue(key, out var first))
                    Add(errors, $"row {row.Row}: name", $"'{row.Name}' is already listed in {row.List} at row {first}; merge the two rows (put extra names in aliases).");
                else
                    seen[key] = row.Row;
                rows.Add(row);
                if (errors.Count >= 50) break;
            }
            if (rows.Count == 0 && errors.Count == 0) Add(errors, "file", "has a header but no entities.");
        }
        catch (CsvFormatException e)
        {
            Add(errors, "file", e.Message);
        }
        return (rows, errors);
    }

    static EntityListRow? ReadRow(CsvHeader header, string[] cells, int rowNumber, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        string? Cell(string column)
        {
            var value = header.Get(cells, column);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
        void Problem(string column, string message) => Add(errors, $"row {rowNumber}: {column}", message);

        var list = Cell("list");
        if (list is null) Problem("list", "is required (e.g. US-UFLPA).");
        else if (list.Length > MaxList) Problem("list", $"is longer than {MaxList} characters.");
        var name = Cell("name");
        if (name is null) Problem("name", "is required.");
        else if (name.Length > MaxName) Problem("name", $"is longer than {MaxName} characters.");
        var aliases = (Cell("aliases") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (aliases.Count > MaxAliases) Problem("aliases", $"has more than {MaxAliases} names.");
        if (aliases.Any(a => a.Length > MaxName)) Problem("aliases", $"has a name longer than {MaxName} characters.");
        var country = Cell("country");
        var countryCode = country is null ? null : Iso3166.NormalizeCountry(country);
        if (country is not null && countryCode is null) Problem("country", $"'{country}' is not an ISO 3166-1 alpha-2 country code (e.g. CN).");
        var section = Cell("section");
        if (section?.Length > MaxSection) Problem("section", $"is longer than {MaxSection} characters.");
        var listedOnText = Cell("listed_on");
        DateOnly? listedOn = null;
        if (listedOnText is not null)
        {
            if (DateOnly.TryParseExact(listedOnText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) listedOn = date;
            else Problem("listed_on", $"'{listedOnText}' is not a date like 2022-06-21.");
        }
        var source = Cell("source");
        if (source?.Length > MaxSource) Problem("source", $"is longer than {MaxSource} characters.");

        return errors.Count > before ? null : new EntityListRow(rowNumber, list!, name!, aliases, countryCode, section, listedOn, source);
    }

    static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
}
