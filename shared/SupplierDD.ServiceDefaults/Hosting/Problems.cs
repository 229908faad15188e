using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SupplierDD.ServiceDefaults.Hosting;

/// <summary>ProblemDetails for the expected outcomes every API shares.</summary>
public static class Problems
{
    /// <summary>404 naming what was looked for.</summary>
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.", detail: $"No {what.ToLowerInvariant()} has id '{id}'.");

    /// <summary>409 with optional extension members (e.g. the id of the existing resource).</summary>
    public static ProblemHttpResult Conflict(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail, extensions: extensions);

    /// <summary>412: the If-Match ETag is stale.</summary>
    public static ProblemHttpResult PreconditionFailed(string currentETag) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The resource changed since you read it.",
            detail: $"If-Match did not match the current ETag {currentETag}. Read it again, re-apply your change and retry.",
            extensions: new Dictionary<string, object?> { ["currentETag"] = currentETag });

    /// <summary>428: an update without If-Match would silently overwrite someone else's change.</summary>
    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match header required.",
            detail: "Send the ETag from your last GET in an If-Match header so a concurrent change is not overwritten.");

    /// <summary>400 with one field error.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>400 with field errors.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors);
}

/// <summary>A page of results: <c>page</c> counts from 1.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>ETag helpers for version-numbered resources.</summary>
public static class ETags
{
    /// <summary>Strong ETag for a version number.</summary>
    public static string For(int version) => $"\"{version}\"";

    /// <summary>Reads a version from an If-Match header; false when absent or not one of ours.</summary>
    public static bool TryParseIfMatch(HttpRequest request, out int version)
    {
        version = 0;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal)) header = header[2..];
        return header.Length > 2 && header[0] == '"' && header[^1] == '"' && int.TryParse(header[1..^1], out version);
    }
}
