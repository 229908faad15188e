namespace SupplierDD.RiskScoring.Tests.Infrastructure;

/// <summary>Servers started by infra/test.sh. Tests that need one fail with a pointer to the script rather than skip.</summary>
public static class TestEnvironment
{
    public const string DevSigningKey = "supplierdd-development-signing-key-not-for-production-0123456789";

    public static string Postgres => Required("SUPPLIERDD_TEST_POSTGRES");

    public static Uri RabbitMq => new(Required("SUPPLIERDD_TEST_RABBITMQ"));

    public static string RabbitMqCtl => Required("SUPPLIERDD_TEST_RABBITMQCTL");

    static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with `bash infra/test.sh`, which starts throwaway PostgreSQL and RabbitMQ servers.");
}
