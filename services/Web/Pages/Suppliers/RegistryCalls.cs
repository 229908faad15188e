using System.Diagnostics;
using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>How back-office pages read the registry's answers and report its problems on their forms.</summary>
public static class RegistryCalls
{
    /// <summary>
    /// The content of a read, or null when the registry says 404. Any other failure is thrown for the error page;
    /// a request that got no answer at all is thrown as its cause (connection refused, timeout), so that page says
    /// "a service is not answering" rather than "something went wrong".
    /// </summary>
    public static T? ContentOrNull<T>(IApiResponse<T> response) where T : class
    {
        if (response.IsSuccessful && response.Content is not null) return response.Content;
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        var error = response.Error ?? throw new InvalidOperationException($"The registry answered {response.StatusCode} without content.");
        ExceptionDispatchInfo.Throw(error is ApiRequestException { InnerException: { } cause } ? cause : error);
        return null;
    }

    public static string TraceId(HttpContext http) => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    /// <summary>A form post the registry did not answer: logged with the trace id, told at the top of the form, input kept.</summary>
    public static void AddUnavailable(ModelStateDictionary modelState, HttpContext http, ILogger logger, Exception e, IStringLocalizer L)
    {
        var traceId = TraceId(http);
        logger.LogWarning(e, "The supplier registry did not answer a form post (trace {TraceId})", traceId);
        modelState.AddModelError("", L["The supplier registry is not answering, so nothing was saved. What you entered is kept below: try again in a minute. Trace id: {0}", traceId]);
    }

    /// <summary>
    /// The registry's field errors next to the form's fields (<see cref="ServiceProblems.AddTo"/>), each message starting
    /// with its field's label: the registry says "is required.", the page says "Name is required.".
    /// </summary>
    public static void AddProblem(ModelStateDictionary modelState, ApiException e, string prefix,
        IReadOnlyDictionary<string, string> fieldMap, IReadOnlyDictionary<string, string> labels)
    {
        ServiceProblems.AddTo(modelState, e, prefix, fieldMap);
        foreach (var (property, label) in labels)
        {
            var key = prefix.Length == 0 ? property : $"{prefix}.{property}";
            if (modelState[key] is not { Errors.Count: > 0 } entry) continue;
            var messages = entry.Errors.Select(error => WithLabel(label, error.ErrorMessage)).ToList();
            entry.Errors.Clear();
            foreach (var message in messages) entry.Errors.Add(message);
        }
    }

    static string WithLabel(string label, string message) =>
        message.Length == 0 || !char.IsLower(message[0]) ? message
        : message.StartsWith("is ", StringComparison.Ordinal) || message.StartsWith("must ", StringComparison.Ordinal) ? $"{label} {message}"
        : $"{label}: {message}";
}
