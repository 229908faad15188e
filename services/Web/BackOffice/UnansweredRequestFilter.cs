using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Mvc.Filters;
using Refit;

namespace SupplierDD.Web.BackOffice;

/// <summary>
/// Refit 16 reports a request that got no answer (connection refused, timeout) as <see cref="ApiRequestException"/>
/// wrapping the cause, which the error page does not recognise as "a service is down". Rethrowing the cause lets that
/// page answer 503 "a service is not answering" with its trace id, instead of a generic 500.
/// </summary>
public sealed class UnansweredRequestFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed is { Exception: ApiRequestException { InnerException: { } cause }, ExceptionHandled: false })
        {
            executed.ExceptionHandled = true;
            ExceptionDispatchInfo.Throw(cause);
        }
    }
}
