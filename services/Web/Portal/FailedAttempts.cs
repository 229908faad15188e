using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SupplierDD.Web.Portal;

/// <summary>Which kind of attempt a counter counts: each has its own budget.</summary>
public enum AttemptKind { Link, Password, LinkRequest }

/// <summary>
/// Counts failed attempts per key (client address, email address) in fixed windows and says when a key has used
/// up its budget. In memory: each Web replica counts on its own, so N replicas allow up to N times the budget —
/// still far too few tries to guess a 256-bit link, and Identity's lockout (in the database) bounds passwords.
/// </summary>
public sealed class FailedAttempts(TimeProvider time, IOptions<PortalRateLimitOptions> options)
{
    const int PruneAbove = 10_000;
    readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    sealed class Counter
    {
        public DateTimeOffset Start;
        public int Count;
    }

    /// <summary>The keys an attempt counts against: the client's address and, if given, the email address.</summary>
    public static IReadOnlyList<string> Keys(HttpContext http, AttemptKind kind, string? email = null)
    {
        var keys = new List<string>(2) { $"{kind}:ip:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}" };
        if (!string.IsNullOrWhiteSpace(email)) keys.Add($"{kind}:email:{email.Trim().ToUpperInvariant()}");
        return keys;
    }

    /// <summary>How long until another attempt is allowed, or null when it is allowed now.</summary>
    public TimeSpan? RetryAfter(IEnumerable<string> keys)
    {
        var now = time.GetUtcNow();
        var window = options.Value.Window;
        TimeSpan? wait = null;
        foreach (var key in keys)
        {
            if (!counters.TryGetValue(key, out var counter)) continue;
            lock (counter)
            {
                var ends = counter.Start + window;
                if (ends > now && counter.Count >= options.Value.FailuresAllowed && (wait is null || ends - now > wait)) wait = ends - now;
            }
        }
        return wait;
    }

    public void Record(IEnumerable<string> keys)
    {
        var now = time.GetUtcNow();
        foreach (var key in keys)
        {
            var counter = counters.GetOrAdd(key, _ => new Counter { Start = now });
            lock (counter)
            {
                if (counter.Start + options.Value.Window <= now) (counter.Start, counter.Count) = (now, 0);
                counter.Count++;
            }
        }
        if (counters.Count > PruneAbove) Prune(now);
    }

    void Prune(DateTimeOffset now)
    {
        foreach (var (key, counter) in counters)
            if (counter.Start + options.Value.Window <= now) counters.TryRemove(key, out _);
    }
}
