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
