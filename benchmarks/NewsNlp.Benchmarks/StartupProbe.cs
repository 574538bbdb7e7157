using System.Diagnostics;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Measures start-up: the time from process start to the end of the first <c>Extract</c>
/// (models and data loaded on first use). Run it in a fresh process each time:
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll startup</c>.
/// </summary>
public static class StartupProbe
{
    /// <summary>Runs one extraction and prints the times.</summary>
    public static void Run()
    {
        var sinceStart = Stopwatch.StartNew();
        var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var result = NewsPipeline.Default.Extract(
            "Presiden Prabowo Subianto mengatakan sedikitnya 1.200 warga Jakarta mengungsi, Senin (6/1/2025).");
        var firstExtract = sinceStart.Elapsed.TotalMilliseconds;
        var fromProcessStart = (DateTime.UtcNow - processStart).TotalMilliseconds;
        sinceStart.Restart();
        NewsPipeline.Default.Extract("Harga beras naik 5 persen pekan lalu, kata Badan Pusat Statistik.");
        var secondExtract = sinceStart.Elapsed.TotalMilliseconds;
        Console.WriteLine($"first Extract: {firstExtract:F1} ms (process start to its end: {fromProcessStart:F1} ms); " +
                          $"second Extract: {secondExtract:F2} ms; found {result.Entities.Count} entities, {result.Claims.Count} claims");
    }
}
