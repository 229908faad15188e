namespace SupplierDD.RiskScoring.Reassessment;

/// <summary>
/// A <c>ReassessmentDue</c> published for a supplier and due date. Its key makes "once per supplier and due date"
/// hold even when the job runs twice or on two servers: the second insert fails and publishes nothing.
/// </summary>
public sealed class ReassessmentNotice
{
    public Guid SupplierId { get; set; }
    public DateOnly DueOn { get; set; }
    public string Band { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
}
