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
        if (args is ["loop", var name])
        {
            // For a profiler (perf record with DOTNET_PerfMapEnabled=1): one tokenizer benchmark for 10 seconds.
            var benchmarks = new TokenizerBenchmarks();
            benchmarks.Setup();
            var work = typeof(TokenizerBenchmarks).GetMethod(name)!.CreateDelegate<Func<int>>(benchmarks);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < 10) work();
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
}
