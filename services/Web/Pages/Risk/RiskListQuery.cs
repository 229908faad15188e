using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// The review queue's address after cleaning. Without a <c>reviewState</c> it shows what still needs a look
/// (Unreviewed); <c>reviewState=Any</c> shows every state. Unknown bands, roles and states are dropped rather than sent.
/// </summary>
public sealed record RiskListQuery(string? Band, string? Role, string? Country, string? Region, string ReviewState, int Page, int PageSize)
{
    public const string DefaultState = "Unreviewed";
    public const int DefaultPageSize = 50;

    public static RiskListQuery From(string? band, string? role, string? country, string? region, string? reviewState, int? page, int? pageSize) => new(
        RiskVocabulary.KnownOrNull(RiskVocabulary.Bands, band), RegistryVocabulary.KnownOrNull(RegistryVocabulary.Roles, role),
        Clean(country)?.ToUpperInvariant(), Clean(region)?.ToUpperInvariant(),
        RiskVocabulary.KnownOrNull([.. RiskVocabulary.ReviewStates, RiskVocabulary.AnyState], reviewState) ?? DefaultState,
        Math.Max(1, page ?? 1), pageSize is >= 1 and <= 500 ? pageSize.Value : DefaultPageSize);

    /// <summary>What the service is asked for: null means any state.</summary>
    public string? ServiceState => ReviewState == RiskVocabulary.AnyState ? null : ReviewState;

    public bool IsFiltered => Band is not null || Role is not null || Country is not null || Region is not null || ReviewState != DefaultState;

    public string Link(int? page = null, bool clearFilters = false)
    {
        var q = clearFilters ? this with { Band = null, Role = null, Country = null, Region = null, ReviewState = DefaultState } : this;
        return RiskFormat.Query("/risk/suppliers", ("band", q.Band), ("role", q.Role), ("country", q.Country), ("region", q.Region),
            ("reviewState", q.ReviewState == DefaultState ? null : q.ReviewState), ("page", RiskFormat.Number(page ?? 1, 1)),
            ("pageSize", RiskFormat.Number(q.PageSize, DefaultPageSize)));
    }

    public RiskListQuery With(string? region = null) => this with { Region = region ?? Region, Page = 1 };

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
