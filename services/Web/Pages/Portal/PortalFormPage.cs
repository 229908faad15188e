using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.Portal;

namespace SupplierDD.Web.Pages.Portal;

/// <summary>A public portal form whose failures are counted: past the budget it answers 429 with a friendly page.</summary>
public abstract class PortalFormPage(FailedAttempts attempts) : PageModel
{
    /// <summary>True when the page shows "too many attempts" instead of its form.</summary>
    public bool TooManyAttempts { get; private set; }
    /// <summary>Whole minutes until the next attempt is allowed.</summary>
    public int RetryAfterMinutes { get; private set; }

    /// <summary>True (and the response made a 429 with Retry-After) when <paramref name="keys"/> used up their budget.</summary>
    protected bool Blocked(IReadOnlyList<string> keys)
    {
        if (attempts.RetryAfter(keys) is not { } wait) return false;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        TooManyAttempts = true;
        RetryAfterMinutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        HttpContext.RequestServices.GetRequiredService<ILogger<PortalFormPage>>()
            .LogWarning("Failure budget used up: {Path} refused with 429 for {Seconds} s", Request.Path.Value, seconds);
        return true;
    }

    protected void CountFailure(IReadOnlyList<string> keys) => attempts.Record(keys);
}
