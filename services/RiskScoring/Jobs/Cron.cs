using Cronos;

namespace SupplierDD.RiskScoring.Jobs;

public static class Cron
{
    /// <summary>True for a five-field cron expression Hangfire accepts (minute hour day month weekday).</summary>
    public static bool IsValid(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression)) return false;
        try
        {
            CronExpression.Parse(expression);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }
}
