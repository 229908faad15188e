namespace SupplierDD.RiskScoring.Audit;

/// <summary>
/// One decision (a score review or override, a screening decision), append-only. <see cref="Hash"/> covers this entry's
/// fields and <see cref="PreviousHash"/>, so changing or deleting any earlier row breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3 ... without gaps; unique, so two writers cannot both append entry n.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    /// <summary>e.g. <c>risk.approved</c>, <c>risk.overridden</c>, <c>screening.confirmed</c>.</summary>
    public string Action { get; set; } = "";
    /// <summary>What it is about, e.g. <c>supplier/{id}</c> or <c>hit/{id}</c>.</summary>
    public string Subject { get; set; } = "";
    /// <summary>The decision's details as canonical JSON.</summary>
    public string Data { get; set; } = "{}";
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
