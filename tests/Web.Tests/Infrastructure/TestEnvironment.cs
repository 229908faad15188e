namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>Servers infra/test.sh starts for the tests.</summary>
public static class TestEnvironment
{
    public static string Postgres => Environment.GetEnvironmentVariable("SUPPLIERDD_TEST_POSTGRES")
        ?? throw new InvalidOperationException("SUPPLIERDD_TEST_POSTGRES is not set: run the tests with infra/test.sh, which starts a throwaway PostgreSQL.");
}
