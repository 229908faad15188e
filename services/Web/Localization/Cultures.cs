using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

// The assembly is named "Web" but its resources are named after the root namespace (SupplierDD.Web.Resources.…):
// without this the localizer looks for "Web.Resources.…" and every page silently stays in English.
[assembly: RootNamespace("SupplierDD.Web")]

namespace SupplierDD.Web.Localization;

/// <summary>Strings of the shared layout, sign-in and error pages (Resources/Localization/SharedResource.zh-CN.resx).</summary>
public sealed class SharedResource;

/// <summary>English and Simplified Chinese. The language switcher stores the choice in a cookie; otherwise the browser's Accept-Language decides.</summary>
public static class Cultures
{
    public const string English = "en";
    public const string Chinese = "zh-CN";
    public static readonly IReadOnlyList<string> Supported = [English, Chinese];

    /// <summary>A supported culture name for <paramref name="name"/> (zh, zh-Hans, zh-CN → zh-CN), or English.</summary>
    public static string Normalize(string? name) =>
        name is not null && name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>Remembers a language choice in the culture cookie for a year.</summary>
    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
}
