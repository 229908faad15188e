using System.Diagnostics;

namespace SupplierDD.Testing;

/// <summary>Servers started by infra/test.sh. Tests that need one fail with a pointer to the script rather than skip.</summary>
public static class TestEnvironment
{
    public const string DevSigningKey = "supplierdd-development-signing-key-not-for-production-0123456789";

    public static string Postgres => Required("SUPPLIERDD_TEST_POSTGRES");
    public static Uri RabbitMq => new(Required("SUPPLIERDD_TEST_RABBITMQ"));
    public static string RabbitMqCtl => Required("SUPPLIERDD_TEST_RABBITMQCTL");

    /// <summary>Runs rabbitmqctl with <paramref name="arguments"/> against the test node.</summary>
    public static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(RabbitMqCtl) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {error}");
    }

    static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with `bash infra/test.sh`, which starts throwaway PostgreSQL and RabbitMQ servers.");
}
