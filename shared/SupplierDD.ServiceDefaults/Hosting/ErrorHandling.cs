using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupplierDD.ServiceDefaults.Hosting;

/// <summary>
/// One place turns failures into RFC 9457 ProblemDetails: bad requests name the offending field,
/// anything unexpected becomes a 500 carrying only a trace id.
/// </summary>
public static class ErrorHandling
{
    internal static void AddErrorHandling(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var traceId = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions["traceId"] = traceId;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        // Lets the handler see why a request body could not be bound, so it can name the field.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
    }

    internal static void UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }
}

sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (problem is null)
        {
            if (http.RequestAborted.IsCancellationRequested)
            {
                http.Response.StatusCode = 499;
                return true;
            }
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error has been logged; quote the trace id when reporting it.",
            };
        }
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        var json = FindInner<JsonException>(bad);
        if (json is not null)
        {
            // A value of the wrong type names its field; broken syntax is a problem of the body as a whole.
            var isValueError = json.Message.Contains("could not be converted", StringComparison.Ordinal)
                || json.Message.Contains("missing required properties", StringComparison.Ordinal);
            var field = isValueError ? FieldFromJsonPath(json.Path) : "body";
            var message = isValueError
                ? (json.Message.Contains("could not be converted", StringComparison.Ordinal)
                    ? "has a value of the wrong type or an unknown enum value."
                    : json.Message.Split(" Path:", 2)[0])
                : $"is not well-formed JSON (line {(json.LineNumber ?? 0) + 1}, byte {json.BytePositionInLine ?? 0}).";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this operation.",
                Detail = $"{field}: {message}",
            };
        }
        // e.g. Failed to bind parameter "SupplierRole? role" from "Foo".
        var binding = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"[^\"]*?(\\w+)\" from \"([^\"]*)\"");
        if (binding.Success)
        {
            var message = $"'{binding.Groups[2].Value}' is not a valid value.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [binding.Groups[1].Value] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "A request parameter is not valid.",
                Detail = $"{binding.Groups[1].Value}: {message}",
            };
        }
        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large." : "The request is not valid.",
            Detail = bad.Message,
        };
    }

    static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }

    static T? FindInner<T>(Exception? exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is T match) return match;
        return null;
    }
}
