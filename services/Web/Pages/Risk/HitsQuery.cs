
namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// The hits page's address: the queue of one state (Open unless asked) and list, or one supplier's hits (every state
/// unless asked, so a link from a risk page's evidence always finds its hit).
/// </summary>
public sealed record HitsQuery(string? State, string? List, Guid? Supplier, int Page)
{
    public const int PageSize = 25;

    public static HitsQuery From(string? state, string? list, Guid? supplier, int? page) => new(
        RiskVocabulary.KnownOrNull(RiskVocabulary.HitStates, state), string.IsNullOrWhiteSpace(list) ? null : list.Trim(), supplier, Math.Max(1, page ?? 1));

    /// <summary>The state shown: the queue defaults to Open; one supplier's hits to all of them (null).</summary>
    public string? EffectiveState => State ?? (Supplier is null ? "Open" : null);

    public string Link(int? page = null, bool clearSupplier = false) => RiskFormat.Query("/risk/hits",
        ("supplier", clearSupplier ? null : Supplier?.ToString()), ("state", State), ("list", List), ("page", RiskFormat.Number(page ?? Page, 1)));

    /// <summary>Where a decision form posts: the page's handler, with the list it came from so it can come back to it.</summary>
    public string DecideLink(Guid hitId) => RiskFormat.Query("/risk/hits", ("handler", "Decide"), ("hitId", hitId.ToString()),
        ("supplier", Supplier?.ToString()), ("state", State), ("list", List), ("page", RiskFormat.Number(Page, 1)));
}
