using System.ComponentModel.DataAnnotations;

namespace SupplierDD.Web.Portal;

/// <summary>Bound from <c>Portal</c>: how long one-time links work.</summary>
public sealed class PortalOptions
{
    /// <summary>The set-up link of an invitation.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")] public TimeSpan SetUpLinkLifetime { get; set; } = TimeSpan.FromHours(72);
    /// <summary>An emailed sign-in link.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan SignInLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Bound from <c>Portal:RateLimit</c>: failed attempts (bad links, wrong passwords, link requests) allowed per
/// client address, and per email address where there is one, within <see cref="Window"/>; then 429.
/// </summary>
public sealed class PortalRateLimitOptions
{
    [Range(1, 100_000)] public int FailuresAllowed { get; set; } = 10;
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")] public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Bound from <c>Web</c>: the address people reach the Web app at, for links in emails.</summary>
public sealed class PublicUrlOptions
{
    [Required, Url] public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5000";

    public string Link(string path) => PublicBaseUrl.TrimEnd('/') + path;
}
