using System.Runtime.InteropServices;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The tokenizer rows timed by the thread's own CPU time (<c>CLOCK_THREAD_CPUTIME_ID</c>), best and median of many
/// calls: on a loaded machine a call that is descheduled does not count its wait, unlike <see cref="BestOfRun"/>'s wall time.
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll cpubest [calls]</c> (Linux).
/// </summary>
public static class CpuBest
{
    /// <summary>Times Tokenize, SplitOnly and TokenizeAndSplit in turn, <paramref name="calls"/> calls each, three rounds.</summary>
    public static void Run(int calls)
    {
        var benchmarks = new TokenizerBenchmarks();
        benchmarks.Setup();
        (string Name, Func<int> Work)[] rows =
        [
            ("Tokenize", benchmarks.Tokenize), ("SplitOnly", benchmarks.SplitOnly), ("TokenizeAndSplit", benchmarks.TokenizeAndSplit),
        ];
        foreach (var (_, work) in rows)
            for (var i = 0; i < 200; i++) work();
        var times = rows.ToDictionary(r => r.Name, _ => new List<double>());
        for (var round = 0; round < 3; round++)
            foreach (var (name, work) in rows)
                for (var i = 0; i < calls; i++)
                {
                    var start = Now();
                    work();
                    times[name].Add(Now() - start);
                }
        Console.WriteLine($"{"benchmark",-18} {"best ms",8} {"p10 ms",8} {"median",8}");
        foreach (var (name, _) in rows)
        {
            var sorted = times[name].Order().ToList();
            Console.WriteLine($"{name,-18} {sorted[0],8:F3} {sorted[sorted.Count / 10],8:F3} {sorted[sorted.Count / 2],8:F3}");
        }
    }

    private static double Now()
    {
        _ = ClockGetTime(3, out var time); // CLOCK_THREAD_CPUTIME_ID
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
