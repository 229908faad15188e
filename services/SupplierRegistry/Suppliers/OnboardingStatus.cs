namespace SupplierDD.SupplierRegistry.Suppliers;

public enum OnboardingStatus
{
    Draft,
    Invited,
    UnderAssessment,
    Approved,
    ConditionallyApproved,
    Rejected,
    Suspended,
}

/// <summary>The onboarding workflow: which status may follow which.</summary>
public static class OnboardingWorkflow
{
    static readonly Dictionary<OnboardingStatus, OnboardingStatus[]> Next = new()
    {
        [OnboardingStatus.Draft] = [OnboardingStatus.Invited],
        [OnboardingStatus.Invited] = [OnboardingStatus.UnderAssessment],
        [OnboardingStatus.UnderAssessment] = [OnboardingStatus.Approved, OnboardingStatus.ConditionallyApproved, OnboardingStatus.Rejected],
        // Conditions met, not met, or worth a fresh look.
        [OnboardingStatus.ConditionallyApproved] = [OnboardingStatus.Approved, OnboardingStatus.Rejected, OnboardingStatus.UnderAssessment],
        [OnboardingStatus.Approved] = [OnboardingStatus.Suspended],
        [OnboardingStatus.Suspended] = [OnboardingStatus.Approved],
        // A rejected supplier that remediated is assessed again rather than re-created.
        [OnboardingStatus.Rejected] = [OnboardingStatus.UnderAssessment],
    };

    public static IReadOnlyList<OnboardingStatus> AllowedFrom(OnboardingStatus current) => Next[current];

    public static bool CanMove(OnboardingStatus from, OnboardingStatus to) => Next[from].Contains(to);
}
