using System.Reflection;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Api;

/// <summary>
/// The checks every list route of risk scoring shares, added once around all routes (Program.cs) rather than in each
/// handler: a <c>page</c> whose offset does not fit an int, or that lies past the last page of the data, is a 400
/// ValidationProblem naming <c>page</c> — never an overflowing query (a 500) or a silent empty page. The rules and their
/// messages are the shared <see cref="Paging"/>'s; this filter only applies them to every route at once.
/// Applies to every handler with a parameter named <c>page</c>.
/// </summary>
public static class PageBounds
{
    public static TBuilder CheckPageBounds<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
            factory.MethodInfo.GetParameters().Any(p => p.Name == "page") ? context => CheckAsync(context, next) : next);

    static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var query = context.HttpContext.Request.Query;
        if (!query.TryGetValue("page", out var raw)) return await next(context);
        if (!int.TryParse(raw, out var page)) return Invalid($"page must be a whole number from 1 (got '{raw}').");
        int? pageSize = int.TryParse(query["pageSize"], out var s) ? s : null;
        var (p, size) = Paging.Clamp(page, pageSize);
        if (Paging.Overflow(p, size) is { } overflow) return overflow;

        var result = await next(context);
        return Paged(result) is { } list && Paging.PastEnd(list.Page, list.PageSize, list.Total) is { } pastEnd ? pastEnd : result;
    }

    static IResult Invalid(string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = [message] });

    /// <summary>The PagedList inside the handler's result (Ok&lt;PagedList&lt;T&gt;&gt;, possibly inside Results&lt;...&gt;), if any.</summary>
    static (int Page, int PageSize, int Total)? Paged(object? result)
    {
        while (result is INestedHttpResult nested) result = nested.Result;
        var value = (result as IValueHttpResult)?.Value;
        var type = value?.GetType();
        if (type is not { IsGenericType: true } || type.GetGenericTypeDefinition() != typeof(PagedList<>)) return null;
        int Read(string name) => (int)type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(value)!;
        return (Read(nameof(PagedList<object>.Page)), Read(nameof(PagedList<object>.PageSize)), Read(nameof(PagedList<object>.Total)));
    }
}
