using System.Reflection;
using SupplierDD.Standards.Csv;

namespace SupplierDD.Standards.Countries;

/// <summary>The ISO 3166 tables, parsed once from the CSV files embedded in this assembly.</summary>
internal sealed class Iso3166Data
{
    private const string CountriesResource = "SupplierDD.Standards.Countries.iso3166-1.csv";
    private const string RegionsResource = "SupplierDD.Standards.Countries.iso3166-2.csv";

    private static readonly Lazy<Iso3166Data> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private Iso3166Data(IReadOnlyList<Country> countries, IReadOnlyList<Region> regions)
    {
        Countries = countries;
        Regions = regions;
        CountriesByCode = countries.ToDictionary(country => country.Code, StringComparer.OrdinalIgnoreCase);
        RegionsByCode = regions.ToDictionary(region => region.Code, StringComparer.OrdinalIgnoreCase);
        RegionsByCountry = regions
            .GroupBy(region => region.CountryCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, IReadOnlyList<Region> (group) => group.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public static Iso3166Data Instance => Loaded.Value;

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyDictionary<string, Country> CountriesByCode { get; }

    public IReadOnlyDictionary<string, Region> RegionsByCode { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Region>> RegionsByCountry { get; }

    private static Iso3166Data Load()
    {
        var countries = ReadResource(CountriesResource, ["code", "name"],
            (header, row) => new Country(header.Get(row, "code")!, header.Get(row, "name")!));
        var regions = ReadResource(RegionsResource, ["code", "country", "name", "category"],
            (header, row) => new Region(header.Get(row, "code")!, header.Get(row, "country")!,
                header.Get(row, "name")!, header.Get(row, "category")!));
        return new Iso3166Data(countries.AsReadOnly(), regions.AsReadOnly());
    }

    private static List<T> ReadResource<T>(string name, string[] columns, Func<CsvHeader, string[], T> parse)
    {
        using var stream = typeof(Iso3166Data).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {typeof(Iso3166Data).Assembly.GetName().Name}");
        using var reader = new CsvReader(stream);
        var header = CsvHeader.Read(reader, columns);
        var items = new List<T>();
        while (reader.TryReadRow(out var row))
            items.Add(parse(header, row));
        return items;
    }
}
