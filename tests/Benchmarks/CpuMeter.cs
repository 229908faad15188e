using System.Diagnostics;
using System.Globalization;

namespace SupplierDD.Benchmarks;

/// <summary>CPU seconds used by each party during a phase, from /proc: where the time of a 2-core machine went.</summary>
public sealed record CpuUsage(double Wall, double Service, double Postgres, double RabbitMq, double Runner, double Machine)
{
    public double Total => Service + Postgres + RabbitMq + Runner;
    /// <summary>CPU used by everything else on the machine (other people's processes, the kernel's own threads).</summary>
    public double Others => Math.Max(0, Machine - Total);

    public string Markdown() => string.Create(CultureInfo.InvariantCulture,
        $"{Wall:0.0} s wall; CPU s: service {Service:0.0}, PostgreSQL {Postgres:0.0}, RabbitMQ {RabbitMq:0.0}, runner {Runner:0.0}, other processes {Others:0.0}; machine {100 * Machine / (Wall * Environment.ProcessorCount):0} % busy");
}

/// <summary>
/// Reads utime+stime of the service process, the PostgreSQL postmaster and its backends (exited backends
/// are in the postmaster's cutime), the RabbitMQ node and its helpers, and this runner alone. Linux only; zeros elsewhere.
/// </summary>
public sealed class CpuMeter(Func<int?> servicePid, string? postgresDir, string? rabbitDir)
{
    static readonly double Tick = 100.0; // USER_HZ is 100 on every Linux ABI .NET runs on

    public sealed record Snapshot(long Timestamp, double Service, double Postgres, double RabbitMq, double Runner, double Machine);

    public Snapshot Take()
    {
        var procs = ReadAll();
        return new Snapshot(Stopwatch.GetTimestamp(),
            TreeSeconds(procs, servicePid()),
            TreeSeconds(procs, PidFromFile(postgresDir is null ? null : Path.Combine(postgresDir, "data", "postmaster.pid"))),
            TreeSeconds(procs, PidFromFile(rabbitDir is null ? null : Path.Combine(rabbitDir, "rabbitmq.pid"))),
            // Only this process itself: the service is its child and is counted above.
            procs.TryGetValue(Environment.ProcessId, out var self) ? self.Own : 0,
            MachineBusySeconds());
    }

    /// <summary>Busy CPU seconds of the whole machine since boot (all cores; idle and iowait excluded).</summary>
    static double MachineBusySeconds()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First();
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal ...
            return (f[0] + f[1] + f[2] + f[5] + f[6] + (f.Length > 7 ? f[7] : 0)) / Tick;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return 0;
        }
    }

    public static CpuUsage Between(Snapshot a, Snapshot b) => new(
        Stopwatch.GetElapsedTime(a.Timestamp, b.Timestamp).TotalSeconds,
        b.Service - a.Service, b.Postgres - a.Postgres, b.RabbitMq - a.RabbitMq, b.Runner - a.Runner, b.Machine - a.Machine);

    static int? PidFromFile(string? path)
    {
        try
        {
            if (path is null || !File.Exists(path)) return null;
            return int.TryParse(File.ReadLines(path).FirstOrDefault()?.Trim(), out var pid) ? pid : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    sealed record Proc(int Pid, int Parent, double Own, double Children);

    static Dictionary<int, Proc> ReadAll()
    {
        var result = new Dictionary<int, Proc>();
        if (!Directory.Exists("/proc")) return result;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            var close = stat.LastIndexOf(')');
            if (close < 0) continue;
            var f = stat[(close + 2)..].Split(' ');
            // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
            if (f.Length < 15) continue;
            var parent = int.Parse(f[1], CultureInfo.InvariantCulture);
            double Ticks(int i) => long.Parse(f[i], CultureInfo.InvariantCulture) / Tick;
            result[pid] = new Proc(pid, parent, Ticks(11) + Ticks(12), Ticks(13) + Ticks(14));
        }
        return result;
    }

    /// <summary>The process, its reaped children, and every live descendant.</summary>
    static double TreeSeconds(Dictionary<int, Proc> procs, int? root)
    {
        if (root is not { } pid || !procs.TryGetValue(pid, out var top)) return 0;
        var total = top.Own + top.Children;
        var stack = new Stack<int>();
        stack.Push(pid);
        while (stack.Count > 0)
        {
            var parent = stack.Pop();
            foreach (var p in procs.Values)
            {
                if (p.Parent != parent || p.Pid == parent) continue;
                total += p.Own;
                stack.Push(p.Pid);
            }
        }
        return total;
    }
}
