using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SupplierDD.Web.Localization;

/// <summary>The cultures the Web offers and how a request's is chosen (the area's composition, as every area's *Setup.cs).</summary>
public static class LocalizationSetup
{
    public static void AddCultures(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Supported.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Cultures.English);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // Cookie first (the switcher), then the browser; query strings are not used, so links stay clean.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
    }
}
