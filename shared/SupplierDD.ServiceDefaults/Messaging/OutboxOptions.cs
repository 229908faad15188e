using System.ComponentModel.DataAnnotations;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>Bound from <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>Run the dispatcher in this process.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Rows claimed and published together.</summary>
    [Range(1, 5000)] public int BatchSize { get; set; } = 500;
    /// <summary>How often to look for rows when nothing signalled.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")] public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a claim holds before another dispatcher may take the rows over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>A publish that takes longer is abandoned and retried later.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")] public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>
    /// Failed attempts after which a row is marked failed (<see cref="OutboxMessage.FailedAt"/>) and no longer retried,
    /// provided the last failure was the row's own (not a broker outage), so an outage, however long, fails no row.
    /// </summary>
    [Range(1, 1000)] public int MaxAttempts { get; set; } = 10;
    /// <summary>Upper bound of the exponential backoff between attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>
    /// While bulk work runs in this process (see <see cref="BulkWriteGate"/>), the dispatcher waits this long
    /// between batches, so an import does not share its cores with publishing; zero publishes at full speed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")] public TimeSpan PaceDuringBulkWrites { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Sent rows are deleted after this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")] public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
    /// <summary>Inbox rows are kept this long: longer than any redelivery can take.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")] public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);
}
