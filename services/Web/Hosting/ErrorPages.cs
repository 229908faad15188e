namespace SupplierDD.Web.Hosting;

/// <summary>
/// Unexpected errors and bare status codes end on the friendly error page (Pages/Error), which names the
/// trace id also written to the log; never a stack trace, in any environment.
/// </summary>
public static class ErrorPages
{
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        return app;
    }
}
