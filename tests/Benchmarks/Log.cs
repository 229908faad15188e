using System.Diagnostics;

namespace SupplierDD.Benchmarks;

static class Log
{
    static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Line(string message) => Console.WriteLine($"[bench {Clock.Elapsed:mm\\:ss}] {message}");
}
