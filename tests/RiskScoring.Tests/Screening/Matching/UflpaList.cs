using System.Security.Cryptography;
using System.Text;
using SupplierDD.RiskScoring.Screening.Matching;

namespace SupplierDD.RiskScoring.Tests.Screening.Matching;

/// <summary>Reads tests/RiskScoring.Tests/Data/uflpa-entity-list.csv (columns list,name,aliases,country,...; aliases split by |).</summary>
internal static class UflpaList
{
    public static string CsvPath => Path.Combine(AppContext.BaseDirectory, "Data", "uflpa-entity-list.csv");

    private static readonly Lazy<IReadOnlyList<ListedEntity>> Cached = new(() => Load(CsvPath));
    private static readonly Lazy<ScreeningIndex> DefaultIndex = new(() => ScreeningIndex.Build(Entities, new MatchingOptions()));

    public static IReadOnlyList<ListedEntity> Entities => Cached.Value;

    /// <summary>An index of the list with default options, shared by the tests that do not change options.</summary>
    public static ScreeningIndex Index => DefaultIndex.Value;

    public static IReadOnlyList<ListedEntity> Load(string path)
    {
        var rows = Csv.Read(File.ReadAllText(path, Encoding.UTF8));
        var header = rows[0];
        int name = header.IndexOf("name"), aliases = header.IndexOf("aliases"), country = header.IndexOf("country");
        return rows.Skip(1)
            .Select(r => new ListedEntity(
                StableId(r[name]), r[name],
                r[aliases].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                string.IsNullOrWhiteSpace(r[country]) ? null : r[country]))
            .ToList();
    }

    /// <summary>The entity whose name or one of whose aliases is exactly <paramref name="listedName"/>.</summary>
    public static ListedEntity ByName(string listedName) =>
        Entities.SingleOrDefault(e => e.Name == listedName || e.Aliases.Contains(listedName))
        ?? throw new InvalidOperationException($"'{listedName}' is neither a name nor an alias in {CsvPath}");

    /// <summary>Same name, same id on every run, so failure messages can be compared between runs.</summary>
    private static Guid StableId(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name)));
}

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes.</summary>
internal static class Csv
{
    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    row.Add(field.ToString()); field.Clear();
                    rows.Add(row); row = [];
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
