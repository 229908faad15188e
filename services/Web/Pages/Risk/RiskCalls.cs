using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// How the risk pages read the risk service's answers and report its problems on their forms: field errors next to
/// fields, a conflict (409) or any other refusal as one message at the top, a service that does not answer as
/// "nothing was saved" with the input kept. GET pages let failures through to the friendly error page.
/// </summary>
public static class RiskCalls
{
    /// <summary>The successful answer of a call that returns <see cref="IApiResponse{T}"/>; any failure is thrown like a plain Refit call's.</summary>
    public static IApiResponse<T> Ensure<T>(IApiResponse<T> response)
    {
        if (response.IsSuccessful && response.Content is not null) return response;
        var error = response.Error ?? throw new InvalidOperationException($"The risk service answered {response.StatusCode} without content.");
        // A request that got no answer is thrown as its cause (connection refused, timeout): the error page then says "not answering".
        ExceptionDispatchInfo.Throw(error is ApiRequestException { InnerException: { } cause } ? cause : error);
        return response;
    }

    /// <summary>The content of a read, or null when the service says 404.</summary>
    public static T? ContentOrNull<T>(IApiResponse<T> response) where T : class =>
        response.StatusCode == HttpStatusCode.NotFound && response.Error is ApiException ? null : Ensure(response).Content;

    /// <summary>
    /// True when a 404 says the supplier is known but has no score yet (the service answers title "Not scored yet.").
    /// Scoring follows a registry change within seconds, so the page says "come back shortly" rather than "not found".
    /// </summary>
    public static bool IsNotScoredYet<T>(IApiResponse<T> response) =>
        response.StatusCode == HttpStatusCode.NotFound && response.Error is ApiException e
        && ServiceProblems.Read(e) is { } problem
        && (problem.Type == "urn:supplierdd:problem:not-scored-yet" || problem.Title?.StartsWith("Not scored", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Failures a form reports itself; anything else is a bug for the error page.</summary>
    public static bool Handles(Exception e) => e is ApiException || ServiceProblems.IsUnavailable(e);

    /// <summary>
    /// Puts a failed form post on the page: 400 field errors under <paramref name="prefix"/> (labelled), everything else
    /// — a 409 conflict, a 403, a 404 — as one message at the top (model-state key ""), and an outage as "nothing was saved".
    /// </summary>
    public static void Report(Exception e, ModelStateDictionary modelState, HttpContext http, ILogger logger, IStringLocalizer L,
        string prefix, IReadOnlyDictionary<string, string> fieldMap, IReadOnlyDictionary<string, string> labels)
    {
        switch (e)
        {
            case ApiException { StatusCode: HttpStatusCode.BadRequest } invalid when ServiceProblems.Read(invalid)?.Errors.Count > 0:
                RegistryCalls.AddProblem(modelState, invalid, prefix, fieldMap, labels);
                break;
            case ApiException refused when !ServiceProblems.IsUnavailable(refused):
                if (refused.StatusCode != HttpStatusCode.Conflict)
                    logger.LogWarning(refused, "The risk service refused a form (trace {TraceId})", RegistryCalls.TraceId(http));
                modelState.AddModelError("", Message(refused, L));
                break;
            default:
                AddUnavailable(modelState, http, logger, e, L);
                break;
        }
    }

    /// <summary>A refusal in one sentence: the ProblemDetails title and detail, or what the status means.</summary>
    public static string Message(ApiException e, IStringLocalizer L) => ServiceProblems.Read(e) is { } problem && (problem.Title ?? problem.Detail) is not null
        ? $"{problem.Title} {problem.Detail}".Trim()
        : e.StatusCode switch
        {
            HttpStatusCode.Forbidden => L["Your role may not do this."],
            HttpStatusCode.NotFound => L["The risk service does not know this item any more."],
            _ => L["The risk service answered {0}.", (int)e.StatusCode],
        };

    /// <summary>A form post the risk service did not answer: logged with the trace id, told at the top of the form, input kept.</summary>
    public static void AddUnavailable(ModelStateDictionary modelState, HttpContext http, ILogger logger, Exception e, IStringLocalizer L)
    {
        var traceId = RegistryCalls.TraceId(http);
        logger.LogWarning(e, "The risk service did not answer a form post (trace {TraceId})", traceId);
        modelState.AddModelError("", L["The risk service is not answering, so nothing was saved. What you entered is kept below: try again in a minute. Trace id: {0}", traceId]);
    }

    /// <summary>The first error of a model-state key, for fields the page renders by hand (several forms sharing one name).</summary>
    public static string? ErrorFor(ModelStateDictionary modelState, string key) =>
        modelState[key]?.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Select(e => e.ErrorMessage)) : null;
}
