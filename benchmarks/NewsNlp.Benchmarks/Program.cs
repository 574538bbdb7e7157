using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'</c>
/// (see benchmarks/README.md).
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        if (args is ["startup"])
        {
            StartupProbe.Run();
            return;
        }
        if (args is ["loop", var name, var times])
        {
            // For a profiler (perf record or perf stat, DOTNET_PerfMapEnabled=1): one benchmark (tokenizer or pipeline), so many times.
            var tokenizer = new TokenizerBenchmarks();
            var pipeline = new PipelineBenchmarks();
            var work = typeof(TokenizerBenchmarks).GetMethod(name) is { } method
                ? Setup(tokenizer.Setup, method.CreateDelegate<Func<int>>(tokenizer))
                : Setup(pipeline.Setup, typeof(PipelineBenchmarks).GetMethod(name)!.CreateDelegate<Func<int>>(pipeline));
            for (var i = int.Parse(times, System.Globalization.CultureInfo.InvariantCulture); i > 0; i--) work();
            return;
        }
        if (args is ["startup-stages"])
        {
            StartupStages.Run();
            return;
        }
        if (args is ["candidates"])
        {
            CandidateStats.Run();
            return;
        }
        if (args is ["check"] or ["check", _])
        {
            Environment.ExitCode = SplitCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20000);
            return;
        }
        if (args is ["stages", .. var rest])
        {
            StageTimes.Run(rest is [var passes, ..] ? int.Parse(passes, System.Globalization.CultureInfo.InvariantCulture) : 5, rest is [_, var only] ? only : null);
            return;
        }
        if (args is ["tables"] or ["tables", _])
        {
            TableTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
            return;
        }
        if (args is ["allocs", ..] && args.Length <= 3)
        {
            AllocationTypes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, args is [_, _, "cli"]);
            return;
        }
        if (args is ["cpubest"] or ["cpubest", _])
        {
            CpuBest.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
            return;
        }
        if (args is ["best"])
        {
            BestOfRun.Run();
            return;
        }
        var bytes = BenchmarkCorpus.Utf8Bytes;
        Console.WriteLine($"Corpus: {BenchmarkCorpus.Description}; {bytes:N0} UTF-8 bytes.");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static Func<int> Setup(Action setup, Func<int> work)
    {
        setup();
        return work;
    }
}
