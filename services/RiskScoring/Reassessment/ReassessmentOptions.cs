using System.ComponentModel.DataAnnotations;

namespace SupplierDD.RiskScoring.Reassessment;

/// <summary>Configuration section <c>Reassessment</c>: which suppliers are re-assessed, how often, and when the job runs.</summary>
public sealed class ReassessmentOptions
{
    public const string Section = "Reassessment";

    /// <summary>Cron (UTC) of the recurring job; daily at 03:00 by default.</summary>
    [Required] public string Cron { get; set; } = "0 3 * * *";

    /// <summary>Roles whose suppliers are re-assessed (registry role names); add Ingot, MetallurgicalSilicon, Quartz as needed.</summary>
    [MinLength(1)] public List<string> Roles { get; set; } = ["Polysilicon", "Wafer"];

    /// <summary>Days between assessments, by band.</summary>
    [Range(1, 3650)] public int CriticalDays { get; set; } = 30;
    [Range(1, 3650)] public int HighDays { get; set; } = 90;
    [Range(1, 3650)] public int MediumDays { get; set; } = 180;
    [Range(1, 3650)] public int LowDays { get; set; } = 365;

    public int DaysFor(string band) => band switch
    {
        "Critical" => CriticalDays,
        "High" => HighDays,
        "Medium" => MediumDays,
        _ => LowDays,
    };
}
