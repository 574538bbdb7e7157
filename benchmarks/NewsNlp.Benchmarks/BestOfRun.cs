using System.Diagnostics;

namespace NewsNlp.Benchmarks;

/// <summary>
/// A check for a busy machine, where BenchmarkDotNet's means carry the other processes' load: each tokenizer
/// benchmark warmed up, then timed many times, and the best time kept (the run least disturbed).
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll best</c>.
/// </summary>
public static class BestOfRun
{
    /// <summary>Times the benchmarks and prints MB/s and the ratios to the baselines.</summary>
    public static void Run()
    {
        var benchmarks = new TokenizerBenchmarks();
        benchmarks.Setup();
        var documents = new PipelineBenchmarks();
        documents.Setup();
        var bytes = BenchmarkCorpus.Utf8Bytes;
        var vector = Best(() => benchmarks.VectorizedPass(), 100);
        var regex = Best(() => benchmarks.RegexTokenizer(), 20);
        Console.WriteLine($"{"benchmark",-18} {"best ms",9} {"MB/s",8} {"x Regex",8} {"% of (a)",9}");
        foreach (var (name, ms) in new[]
                 {
                     ("VectorizedPass", vector), ("RegexTokenizer", regex),
                     ("Tokenize", Best(() => benchmarks.Tokenize(), 100)),
                     ("SplitOnly", Best(() => benchmarks.SplitOnly(), 50)),
                     ("TokenizeAndSplit", Best(() => benchmarks.TokenizeAndSplit(), 50)),
                     ("Document.Parse", Best(() => documents.Document(), 10)),
                 })
            Console.WriteLine($"{name,-18} {ms,9:F2} {bytes / 1e3 / ms,8:N0} {regex / ms,8:F2} {100 * vector / ms,8:F1}%");
    }

    private static double Best(Func<int> work, int runs)
    {
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 1.5) work();
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
