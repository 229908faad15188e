using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace SupplierDD.Web.Clients;

/// <summary>
/// Turns what a service answered into something a page can show: ProblemDetails field errors go next
/// to the form's fields, anything else becomes one message at the top; a service that did not answer
/// is reported as unavailable. Pages keep what the user typed and show these.
/// </summary>
public static class ServiceProblems
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>True when the service could not be reached or did not answer in time (not a 4xx/5xx answer).</summary>
    public static bool IsUnavailable(Exception e) =>
        e is HttpRequestException or BrokenCircuitException or TimeoutRejectedException or TaskCanceledException
        // Refit 16 wraps a connection failure in ApiRequestException.
        || e is ApiRequestException { InnerException: { } inner } && IsUnavailable(inner)
        || e is ApiException { StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout };

    /// <summary>The ProblemDetails a service answered with, if its body was one.</summary>
    public static ValidationProblemDetails? Read(ApiException e)
    {
        if (string.IsNullOrWhiteSpace(e.Content)) return null;
        try { return JsonSerializer.Deserialize<ValidationProblemDetails>(e.Content, Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>
    /// Adds the service's field errors to <paramref name="modelState"/> under <paramref name="prefix"/>.<c>Field</c>
    /// (service field names are camelCase JSON paths; the form's are PascalCase), the rest under the empty key.
    /// An answer without a ProblemDetails body is told in the page's language when <paramref name="L"/> is given.
    /// </summary>
    public static void AddTo(ModelStateDictionary modelState, ApiException e, string prefix = "", IReadOnlyDictionary<string, string>? fieldMap = null,
        IStringLocalizer? L = null)
    {
        var problem = Read(e);
        if (problem is null || problem.Errors.Count == 0 && (problem.Detail ?? problem.Title) is null)
        {
            modelState.AddModelError("", L?["The service answered {0}.", (int)e.StatusCode] ?? $"The service answered {(int)e.StatusCode} {e.ReasonPhrase}.");
            return;
        }
        if (problem.Errors.Count == 0)
        {
            modelState.AddModelError("", problem.Detail ?? problem.Title!);
            return;
        }
        foreach (var (field, messages) in problem.Errors)
        {
            var key = fieldMap is not null && fieldMap.TryGetValue(field, out var mapped) ? mapped : ToPropertyPath(field);
            var fullKey = key.Length == 0 ? "" : prefix.Length == 0 ? key : $"{prefix}.{key}";
            foreach (var message in messages) modelState.AddModelError(fullKey, message);
        }
    }

    /// <summary><c>registrationId.value</c> → <c>RegistrationId.Value</c>; <c>aliases[2]</c> → <c>Aliases[2]</c>.</summary>
    public static string ToPropertyPath(string field) =>
        string.Join('.', field.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
