using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.BackOffice;

/// <summary>
/// Lets the import page receive files up to <see cref="BackOfficeOptions.MaxImportBytes"/> (Kestrel's default body limit
/// is about 28 MB). It runs before the antiforgery check, which is the first to read the form. A body that is plainly
/// too large is refused before it is read, back on the import page with a message rather than a failed connection.
/// </summary>
public sealed class ImportUploadLimits : IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart boundaries and the other form fields around the file.</summary>
    const long FormOverhead = 1024 * 1024;

    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return;
        var options = http.RequestServices.GetRequiredService<IOptions<BackOfficeOptions>>().Value;
        var limit = options.MaxImportBytes + FormOverhead;

        if (http.Request.ContentLength > limit)
        {
            var L = http.RequestServices.GetRequiredService<IStringLocalizer<BackOfficeResource>>();
            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData["Error"] = L["The file is larger than {0}: split it into smaller files.", ImportSize.Describe(options.MaxImportBytes)].Value;
            // A result set here skips the filter that saves TempData after a page runs.
            tempData.Save();
            context.Result = new RedirectResult("/imports");
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = limit;
        if (http.Features.Get<IFormFeature>()?.Form is null)
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
    }
}

public static class ImportSize
{
    /// <summary>"50 MB", "512 KB", "900 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
