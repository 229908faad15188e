namespace SupplierDD.Benchmarks;

/// <summary>Command line of the runner. infra/bench.sh passes the server addresses; sizes have defaults.</summary>
public sealed class BenchOptions
{
    public bool Quick { get; private set; }
    /// <summary>Run the risk-scoring benchmarks (Risk/RiskBench.cs) instead of the registry's.</summary>
    public bool Risk { get; private set; }
    /// <summary>Risk: how many registry changes to time end to end.</summary>
    public int RiskSamples { get; private set; } = 40;
    public int Suppliers { get; private set; } = 100_000;
    public int Links { get; private set; } = 300_000;
    public int TraceRequests { get; private set; } = 200;
    public int TraceWarmup { get; private set; } = 20;
    public int TraceDepth { get; private set; } = 6;
    public int TargetUpstreamNodes { get; private set; } = 500;
    public int TargetDownstreamNodes { get; private set; } = 1_500;
    public int OutboxMessages { get; private set; } = 50_000;
    public int FloorRuns { get; private set; } = 2;
    /// <summary>Run the service's import code in-process afterwards to split its time (SQL, parsing, events, EF).</summary>
    public bool Profile { get; private set; } = true;
    /// <summary>Import a second time with the outbox dispatcher switched off, to show what it costs the import.</summary>
    public bool DispatcherOffRun { get; private set; } = true;
    /// <summary>How long to wait for the outbox to deliver an import's events before giving up on that number.</summary>
    public TimeSpan DrainTimeout { get; private set; } = TimeSpan.FromSeconds(240);

    /// <summary>Npgsql connection string of the server (any database; the runner creates its own).</summary>
    public string Postgres { get; private set; } = Environment.GetEnvironmentVariable("BENCH_POSTGRES") ?? "";
    public string RabbitHost { get; private set; } = "127.0.0.1";
    public int RabbitPort { get; private set; } = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RABBITMQ_PORT"), out var p) ? p : 0;
    /// <summary>Folders of the throwaway servers (from infra/lib), read only to account their CPU time.</summary>
    public string? PostgresDir { get; private set; } = Environment.GetEnvironmentVariable("PG_DIR");
    public string? RabbitDir { get; private set; } = Environment.GetEnvironmentVariable("RMQ_DIR");

    public string RepoRoot { get; private set; } = FindRepoRoot();
    public string? ServiceDll { get; private set; }
    public string WorkDir { get; private set; } = Path.Combine(Path.GetTempPath(), $"supplierdd-bench-{Environment.ProcessId}");
    /// <summary>Markdown file whose results section is replaced; empty to only print.</summary>
    public string? Output { get; private set; }
    public HashSet<string> Only { get; } = new(StringComparer.OrdinalIgnoreCase) { "import", "trace", "outbox" };
    /// <summary>Extra environment for the service process (runtime or configuration experiments), from --service-env KEY=VALUE.</summary>
    public Dictionary<string, string> ServiceEnv { get; } = [];

    public string ServiceDllPath => ServiceDll ?? Path.Combine(RepoRoot, "services", "SupplierRegistry", "bin", "Release", "net10.0", "SupplierRegistry.dll");

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        int? suppliers = null, links = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--quick": o.Quick = true; break;
                case "--risk": o.Risk = true; break;
                case "--risk-samples": o.RiskSamples = int.Parse(Next()); break;
                case "--no-profile": o.Profile = false; break;
                case "--no-dispatcher-off-run": o.DispatcherOffRun = false; break;
                case "--suppliers": suppliers = int.Parse(Next()); break;
                case "--links": links = int.Parse(Next()); break;
                case "--trace-requests": o.TraceRequests = int.Parse(Next()); break;
                case "--outbox-messages": o.OutboxMessages = int.Parse(Next()); break;
                case "--postgres": o.Postgres = Next(); break;
                case "--rabbitmq-port": o.RabbitPort = int.Parse(Next()); break;
                case "--pg-dir": o.PostgresDir = Next(); break;
                case "--rmq-dir": o.RabbitDir = Next(); break;
                case "--repo": o.RepoRoot = Path.GetFullPath(Next()); break;
                case "--service-dll": o.ServiceDll = Path.GetFullPath(Next()); break;
                case "--work": o.WorkDir = Path.GetFullPath(Next()); break;
                case "--output": o.Output = Path.GetFullPath(Next()); break;
                case "--service-env":
                    var pair = Next().Split('=', 2);
                    if (pair.Length != 2) throw new ArgumentException("--service-env takes KEY=VALUE");
                    o.ServiceEnv[pair[0]] = pair[1];
                    break;
                case "--drain-timeout": o.DrainTimeout = TimeSpan.FromSeconds(int.Parse(Next())); break;
                case "--only":
                    o.Only.Clear();
                    foreach (var name in Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) o.Only.Add(name);
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Help);
                    Environment.Exit(0);
                    break;
                default: throw new ArgumentException($"unknown argument {args[i]}\n{Help}");
            }
        }
        if (o.Quick)
        {
            o.Suppliers = 10_000;
            o.Links = 30_000;
            o.TraceRequests = 100;
            o.TraceWarmup = 10;
            o.TargetUpstreamNodes = 250;
            o.TargetDownstreamNodes = 1_000;
            o.OutboxMessages = 5_000;
            o.FloorRuns = 1;
            o.DrainTimeout = TimeSpan.FromSeconds(120);
        }
        if (suppliers is { } s) o.Suppliers = s;
        if (links is { } l) o.Links = l;
        if (string.IsNullOrWhiteSpace(o.Postgres)) throw new ArgumentException("--postgres (or BENCH_POSTGRES) is required: run through infra/bench.sh");
        if (o.RabbitPort <= 0) throw new ArgumentException("--rabbitmq-port (or BENCH_RABBITMQ_PORT) is required: run through infra/bench.sh");
        return o;
    }

    const string Help = """
        usage: Benchmarks --postgres CONN --rabbitmq-port PORT [--quick] [--risk [--risk-samples N]] [--only import,trace,outbox,dispatcher-off]
                          [--service-env KEY=VALUE]...
                          [--suppliers N] [--links N] [--trace-requests N] [--outbox-messages N]
                          [--no-profile] [--no-dispatcher-off-run]
                          [--service-dll PATH] [--work DIR] [--output docs/benchmarks.md] [--pg-dir DIR] [--rmq-dir DIR]
        Normally started by: bash infra/bench.sh [--quick]   (risk scoring: bash infra/bench.sh --risk [--quick])
        """;

    static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SupplierDD.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
