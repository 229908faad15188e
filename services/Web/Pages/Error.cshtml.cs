using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages;

/// <summary>
/// The one error page: a service that is down, a page that does not exist, or an unexpected error. It shows
/// the trace id that the log carries with the details; never a stack trace.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string TraceId { get; private set; } = "";
    public int Status { get; private set; }
    public bool ServiceUnavailable { get; private set; }

    public void OnGet(int? status) => Handle(status);
    public void OnPost(int? status) => Handle(status);

    void Handle(int? status)
    {
        TraceId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is not null)
        {
            ServiceUnavailable = ServiceProblems.IsUnavailable(exception);
            Status = ServiceUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            if (ServiceUnavailable) logger.LogWarning(exception, "A service did not answer (trace {TraceId})", TraceId);
            else logger.LogError(exception, "Unexpected error (trace {TraceId})", TraceId);
        }
        else
        {
            Status = status is >= 400 and < 600 ? status.Value : StatusCodes.Status500InternalServerError;
        }
        Response.StatusCode = Status;
    }
}
