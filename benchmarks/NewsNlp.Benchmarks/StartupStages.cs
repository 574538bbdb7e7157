using System.Diagnostics;
using NewsNlp.Claims;
using NewsNlp.Dates;
using NewsNlp.Entities.Gazetteer;
using NewsNlp.Entities.Rules;
using NewsNlp.Entities.Statistical;
using NewsNlp.Morphology;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Start-up, stage by stage, in a fresh process on one thread: each lazily loaded data set forced in turn (the
/// process's CPU time and the wall time of each), then the first and second <c>Extract</c>. What is left of the
/// first <c>Extract</c> once all data is loaded is compiling its code (JIT, or less with ReadyToRun).
/// <c>dotnet NewsNlp.Benchmarks.dll startup-stages</c>.
/// </summary>
public static class StartupStages
{
    /// <summary>Loads each stage's data in turn and prints one line a stage.</summary>
    public static void Run()
    {
        var process = Process.GetCurrentProcess();
        var fromStart = (DateTime.UtcNow - process.StartTime.ToUniversalTime()).TotalMilliseconds;
        Console.WriteLine($"{"runtime and Main",-26} {fromStart,7:F1} ms since process start");
        Time("tokenizer (Document.Parse)", () => Document.Parse("Jakarta - Warga Jl. Sudirman, dll. mengungsi 1.200 orang."));
        Time("numbers", () => _ = NumberLexicon.Instance);
        Time("dates", () => _ = DateLexicon.Instance);
        Time("NER model", () => _ = StatisticalNer.Default);
        Time("gazetteer", () => _ = EntityGazetteer.Default);
        Time("rule words", () => _ = RuleData.Default);
        Time("claim lexicon", () => _ = ClaimLexicon.Instance);
        Time("roots and parts of speech", () => { _ = RootLexicon.Roots; _ = RootLexicon.PartOfSpeech("a"); });
        const string text = "Presiden Prabowo Subianto mengatakan sedikitnya 1.200 warga Jakarta mengungsi, Senin (6/1/2025).";
        Time("first Extract (data loaded)", () => NewsPipeline.Default.Extract(text));
        Time("second Extract", () => NewsPipeline.Default.Extract("Harga beras naik 5 persen pekan lalu, kata Badan Pusat Statistik."));
        Console.WriteLine($"{"total",-26} {(DateTime.UtcNow - process.StartTime.ToUniversalTime()).TotalMilliseconds,7:F1} ms since process start; " +
                          $"JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms");
    }

    private static void Time(string name, Action load)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var wall = Stopwatch.StartNew();
        load();
        var elapsed = wall.Elapsed.TotalMilliseconds;
        process.Refresh();
        Console.WriteLine($"{name,-26} {elapsed,7:F1} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds,7:F1} ms CPU, " +
                          $"JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds,5:F1} ms");
    }
}
