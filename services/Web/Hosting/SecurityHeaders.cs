namespace SupplierDD.Web.Hosting;

/// <summary>
/// Headers on every response: no framing, no MIME sniffing, no referrer leaving the site, and a content
/// security policy that allows only our own scripts (no inline script anywhere: pages pass data to scripts
/// through data- attributes or JSON fetched from the same origin).
/// </summary>
public static class SecurityHeaders
{
    const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                          "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await next();
    });
}
