namespace SupplierDD.RiskScoring;

public static class Extensions
{
    public static WebApplicationBuilder AddRiskScoring(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
