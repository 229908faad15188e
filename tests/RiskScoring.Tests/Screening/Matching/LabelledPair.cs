using System.Text;

namespace SupplierDD.RiskScoring.Tests.Screening.Matching;

/// <summary>
/// One row of Data/labelled-pairs.csv. <see cref="ListedName"/> is a name or alias in the UFLPA CSV, or "*" for
/// "no entity at all". A "match" row passes when the query hits that entity; a "no-match" row passes when it does not
/// (or, for "*", when the query hits nothing).
/// </summary>
internal sealed record LabelledPair(string Query, string ListedName, bool ExpectMatch, string Kind, string Note)
{
    public const string AnyEntity = "*";

    public static string CsvPath => Path.Combine(AppContext.BaseDirectory, "Screening", "Matching", "Data", "labelled-pairs.csv");

    public static IReadOnlyList<LabelledPair> Load()
    {
        var rows = Csv.Read(File.ReadAllText(CsvPath, Encoding.UTF8));
        Assert.Equal(["query", "listed_name", "expected", "kind", "note"], rows[0]);
        return rows.Skip(1).Select(r => new LabelledPair(r[0], r[1], r[2] switch
        {
            "match" => true,
            "no-match" => false,
            _ => throw new InvalidDataException($"expected must be match or no-match, not '{r[2]}' (query '{r[0]}')"),
        }, r[3], r[4])).ToList();
    }

    public override string ToString() => $"{Kind}: '{Query}' {(ExpectMatch ? "should match" : "should not match")} '{ListedName}'";
}
