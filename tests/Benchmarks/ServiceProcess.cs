using System.Diagnostics;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace SupplierDD.Benchmarks;

/// <summary>
/// The Supplier registry as its own OS process (Release build, real Kestrel on a loopback port), configured
/// only through environment variables, the way a deployment would run it. A separate process keeps its
/// GC, thread pool and CPU time apart from the load runner's, so the numbers are the service's own.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    // The services run as Production, which refuses the published development key: a fresh key per run.
    public static readonly string DevSigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
    static readonly string RiskIdentityKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    readonly Process process;
    readonly StreamWriter log;
    public Uri BaseAddress { get; }
    public int Pid => process.Id;
    public bool HasExited => process.HasExited;
    public string LogPath { get; }

    ServiceProcess(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public static async Task<ServiceProcess> StartAsync(string dll, string connectionString, int rabbitPort, string workDir, IReadOnlyDictionary<string, string> extra)
    {
        if (!File.Exists(dll)) throw new FileNotFoundException($"service not built: {dll} (dotnet build services/SupplierRegistry -c Release)");
        var port = SupplierDD.Testing.LoopbackPort.Free();
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database__Provider"] = "Postgres",
            ["Database__MigrateOnStart"] = "true",
            ["ConnectionStrings__SupplierRegistryDb"] = connectionString,
            ["Messaging__Transport"] = "RabbitMq",
            ["Messaging__RabbitMq__Host"] = "127.0.0.1",
            ["Messaging__RabbitMq__Port"] = rabbitPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging__RabbitMq__Username"] = "guest",
            ["Messaging__RabbitMq__Password"] = "guest",
            ["Auth__SigningKey"] = DevSigningKey,
            // Risk scoring's own identity for the registry's snapshot routes (each service ignores the other's setting).
            ["Auth__Identity__SigningKey"] = RiskIdentityKey,
            ["Auth__ServiceIdentities__risk-scoring__SigningKey"] = RiskIdentityKey,
            ["Imports__StoragePath"] = Path.Combine(workDir, "imports"),
            // Information-level request logs would measure the console, not the service.
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__SupplierDD"] = "Information",
        };
        foreach (var (k, v) in extra) env[k] = v;
        foreach (var (k, v) in env) psi.Environment[k] = v;
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(key);

        var logPath = Path.Combine(workDir, "service.log");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the service");
        File.WriteAllText(Path.Combine(workDir, "service.pid"), process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, log, new Uri($"http://127.0.0.1:{port}/"), logPath);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode} during start; see {logPath}");
            try
            {
                using var r = await probe.GetAsync(new Uri(service.BaseAddress, "health/ready"));
                if (r.IsSuccessStatusCode) return service;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        await service.DisposeAsync();
        throw new TimeoutException($"the service was not ready within 120 s; see {logPath}");
    }

    public static string Token(string role = "procurement")
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(DevSigningKey));
        var token = new JwtSecurityToken(
            issuer: "supplierdd", audience: null,
            claims: [new Claim("sub", "bench-runner"), new Claim("role", role), new Claim("aud", "supplierdd-registry"), new Claim("aud", "supplierdd-risk")],
            notBefore: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddHours(4),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(30), AutomaticDecompression = DecompressionMethods.None };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token());
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                // SIGTERM first: the host stops the import worker and the dispatcher the way a deployment would.
                using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                try { await process.WaitForExitAsync(grace.Token); }
                catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
            }
        }
        catch (InvalidOperationException) { }
        process.Dispose();
        lock (log) log.Dispose();
    }
}
