using System.Security.Cryptography;
using System.Text;

namespace SupplierDD.Testing;

/// <summary>
/// A lock across the test processes that share the test RabbitMQ node. The registry's outage test stops the whole node
/// (`rabbitmqctl stop_app`); tests that need the broker up for their whole run (the end-to-end tests) hold this lock,
/// and so does the outage test, so the two never overlap. `dotnet test` runs the test projects in parallel.
/// (.NET takes an exclusive flock for FileShare.None on Unix; the file stays, so every process locks the same one.)
/// </summary>
public static class BrokerLock
{
    public static async Task<IAsyncDisposable> AcquireAsync(TimeSpan? timeout = null)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(TestEnvironment.RabbitMq.ToString())))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"supplierdd-test-broker-{key}.lock");
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(5));
        while (true)
        {
            try
            {
                return new Held(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    sealed class Held(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
