using System.ComponentModel.DataAnnotations;

namespace SupplierDD.Web.Auth;

/// <summary>Bound from <c>Auth:Session</c>: how long a sign-in lasts.</summary>
public sealed class SessionOptions
{
    /// <summary>Signed out after this long without a request (sliding).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Signed out this long after signing in, however active.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")] public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(10);
}
