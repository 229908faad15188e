using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Standards.Countries;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Risk;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages;

/// <summary>The back-office dashboard: how many suppliers, in which onboarding status, role and country, and how many in high-risk regions.</summary>
public sealed class IndexModel(IRegistryApi registry, RiskRegions risk, IStringLocalizer<BackOfficeResource> L) : PageModel
{
    public const int TopCountries = 15;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public SupplierStats Stats { get; private set; } = new(0, new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
    public IReadOnlyList<(string Region, int Count)> HighRisk { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public IReadOnlyList<ChartRow> StatusRows { get; private set; } = [];
    public IReadOnlyList<ChartRow> RoleRows { get; private set; } = [];
    public IReadOnlyList<ChartRow> CountryRows { get; private set; } = [];
    /// <summary>Suppliers in countries beyond the top <see cref="TopCountries"/>.</summary>
    public int OtherCountries { get; private set; }

    public sealed record ChartRow(string Key, string Label, int Count, string? Color = null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanWrite = await ProcurementOnlyFilter.CanWriteAsync(HttpContext);
        Stats = await registry.GetStats(ct);
        if (Stats.Total == 0) return;

        StatusRows = Ordered(Stats.ByStatus, RegistryVocabulary.Statuses)
            .Select(s => new ChartRow(s.Key, L[RegistryVocabulary.StatusLabel(s.Key)], s.Value, RegistryVocabulary.StatusColor(s.Key))).ToList();
        RoleRows = Ordered(Stats.ByRole, RegistryVocabulary.Roles)
            .Select(r => new ChartRow(r.Key, L[RegistryVocabulary.RoleLabel(r.Key)], r.Value)).ToList();
        var countries = Stats.ByCountry.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        CountryRows = countries.Take(TopCountries)
            .Select(c => new ChartRow(c.Key, Iso3166.IsCountry(c.Key) ? $"{PlaceNames.Country(c.Key)} ({c.Key})" : c.Key, c.Value)).ToList();
        OtherCountries = countries.Skip(TopCountries).Sum(c => c.Value);
        HighRisk = await CountHighRiskAsync(ct);
    }

    /// <summary>Known values in workflow/chain order (zeros included, so the chart's categories stay put), then any the registry added.</summary>
    static IEnumerable<KeyValuePair<string, int>> Ordered(IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> known) =>
        known.Select(k => new KeyValuePair<string, int>(k, counts.GetValueOrDefault(k)))
            .Concat(counts.Where(c => !known.Contains(c.Key)));

    /// <summary>The list's region filter covers the supplier's region and its facilities', which is what high-risk means here.</summary>
    async Task<IReadOnlyList<(string, int)>> CountHighRiskAsync(CancellationToken ct)
    {
        var counts = new List<(string, int)>();
        foreach (var region in risk.Codes.Take(5))
        {
            try
            {
                counts.Add((region, (await registry.ListSuppliers(region: region, pageSize: 1, ct: ct)).Total));
            }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.BadRequest)
            {
                // A region the registry does not accept yet: the dashboard still shows the rest.
            }
        }
        return counts;
    }

    /// <summary>What dashboard.js draws, in a data- attribute (no inline script under the content security policy).</summary>
    public string ChartData(IReadOnlyList<ChartRow> rows, string label) => JsonSerializer.Serialize(new
    {
        label,
        labels = rows.Select(r => r.Label),
        values = rows.Select(r => r.Count),
        colors = rows.All(r => r.Color is not null) ? rows.Select(r => r.Color) : null,
    }, Json);
}
