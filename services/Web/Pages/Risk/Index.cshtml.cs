using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierDD.Standards.Countries;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// The risk team's overview: suppliers per band, bands by role, country and region (stacked bars), the review and
/// screening workload, and every score or band that changed in the last seven days.
/// </summary>
public sealed class IndexModel(IRiskApi risk, TimeProvider time, IStringLocalizer<BackOfficeResource> L, IStringLocalizer<RiskTextResource> texts) : PageModel
{
    public RiskText Texts { get; } = new(texts);
    public const int TopKeys = 15;
    public const int ChangeRows = 100;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public RiskStats Stats { get; private set; } = new(0, new Dictionary<string, int>(), [], [], [], 0, 0, 0);
    public PagedList<RiskChange> Changes { get; private set; } = new([], 1, ChangeRows, 0);
    public DateTimeOffset Since { get; private set; }

    public IReadOnlyList<ChartRow> RoleRows { get; private set; } = [];
    public IReadOnlyList<ChartRow> CountryRows { get; private set; } = [];
    public IReadOnlyList<ChartRow> RegionRows { get; private set; } = [];

    /// <summary>One bar: a role, country or region, its label, where its suppliers are listed, and its counts per band.</summary>
    public sealed record ChartRow(string Key, string Label, string Href, BandCounts Counts);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Since = time.GetUtcNow().AddDays(-7);
        var stats = risk.GetRiskStats(ct);
        var changes = risk.ListRiskChanges(Since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), 1, ChangeRows, ct);
        await Task.WhenAll(stats, changes);
        Stats = stats.Result;
        Changes = changes.Result;

        // Roles in PV chain order; countries and regions as the service ranks them (most Critical, then High, first).
        RoleRows = Stats.ByRole.OrderBy(r => RegistryVocabulary.Roles.ToList().IndexOf(r.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(r => new ChartRow(r.Key, L[RegistryVocabulary.RoleLabel(r.Key)], Filter("role", r.Key), r)).ToList();
        CountryRows = Stats.ByCountry.Take(TopKeys)
            .Select(c => new ChartRow(c.Key, Iso3166.IsCountry(c.Key) ? $"{PlaceNames.Country(c.Key)} ({c.Key})" : c.Key, Filter("country", c.Key), c)).ToList();
        RegionRows = Stats.ByRegion.Take(TopKeys)
            .Select(r => new ChartRow(r.Key, RiskRegions.Describe(r.Key), Filter("region", r.Key), r)).ToList();
    }

    /// <summary>The review queue filtered to one key, in every review state (the queue's default is Unreviewed only).</summary>
    public static string Filter(string name, string value) =>
        RiskFormat.Query("/risk/suppliers", (name, value), ("reviewState", RiskVocabulary.AnyState));

    public int Others(IReadOnlyList<BandCounts> all) => all.Skip(TopKeys).Sum(c => c.Total);

    /// <summary>What risk-charts.js draws, in a data- attribute (no inline script under the content security policy).</summary>
    public string ChartData(IReadOnlyList<ChartRow> rows) => JsonSerializer.Serialize(new
    {
        kind = "stacked",
        labels = rows.Select(r => r.Label),
        links = rows.Select(r => r.Href),
        datasets = RiskVocabulary.Bands.Select(band => new { label = L[band].Value, color = RiskVocabulary.BandColor(band), values = rows.Select(r => r.Counts[band]) }),
    }, Json);
}
