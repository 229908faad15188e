using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// Says a coded text of the risk service in the reader's language: the code's template from RiskTextResource with
/// <c>{name}</c> placeholders filled from the arguments. A code this Web app does not know yet (a newer service) falls
/// back to the English text the service sent along.
/// </summary>
public sealed class RiskText(IStringLocalizer<RiskTextResource> texts)
{
    /// <summary>Messages of the risk pages themselves.</summary>
    public const string DecidedFirst = "page.decided-first";
    public const string ReversalRecorded = "page.reversal-recorded";
    public const string ReversalPending = "page.reversal-pending";
    public const string OwnReversalPending = "page.own-reversal-pending";

    /// <summary>The service refused a decision made on an old read (412): someone decided since the page was loaded.</summary>
    public static bool IsStale(Exception e) => e is ApiException { StatusCode: HttpStatusCode.PreconditionFailed };

    public string Render(string? code, IReadOnlyDictionary<string, string>? args, string? english)
    {
        if (code is null) return english ?? "";
        var template = texts[code];
        if (template.ResourceNotFound) return english ?? code;
        return Fill(template.Value, args);
    }

    /// <summary>A page message by its code, with its arguments.</summary>
    public string this[string code, params (string Key, object? Value)[] args] =>
        Render(code, args.ToDictionary(a => a.Key, a => Convert.ToString(a.Value, CultureInfo.CurrentCulture) ?? ""), code);

    /// <summary>Fills <c>{name}</c> placeholders; an argument itself may be a code (e.g. a band or a basis) the resource also says.</summary>
    string Fill(string template, IReadOnlyDictionary<string, string>? args)
    {
        foreach (var (key, value) in args ?? new Dictionary<string, string>())
        {
            var said = value.Length == 0 ? null : texts[value];
            template = template.Replace("{" + key + "}", said is null || said.ResourceNotFound ? value : said.Value, StringComparison.Ordinal);
        }
        return template;
    }
}
