using System.Text;
using BenchmarkDotNet.Attributes;
using NewsNlp.Cli.Commands;
using NewsNlp.Cli.Hosting;
using NewsNlp.Cli.Input;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The CLI's batch path, <c>newsnlp extract FOLDER</c> inside one process: the corpus's documents as files in a folder,
/// read, extracted on <see cref="Threads"/> workers, written as JSON Lines in input order (to a null stream). Start-up
/// and model loading happen before the measurement; <c>benchmarks/cli-batch.sh</c> times whole processes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CliBatchBenchmarks
{
    private string _folder = "";
    private ExtractSettings _settings = new();

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Writes the documents to a temporary folder, one file each, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "newsnlp-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        var documents = BenchmarkCorpus.Documents;
        for (var i = 0; i < documents.Count; i++)
            File.WriteAllText(Path.Combine(_folder, $"{i:D5}.txt"), documents[i], new UTF8Encoding(false));
        _settings = new ExtractSettings
        {
            Input = new InputOptions { Inputs = [_folder] },
            Threads = Threads,
            Quiet = true,
            Date = new DateOnly(2024, 12, 31),
        };
        NewsPipeline.Default.WarmUp();
    }

    /// <summary>Removes the folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>One batch over the folder; returns the exit code (0).</summary>
    [Benchmark]
    public int Extract()
    {
        var console = new CliConsole(Stream.Null, Stream.Null, TextWriter.Null);
        return ExtractRunner.RunAsync(_settings, console, CancellationToken.None).GetAwaiter().GetResult();
    }
}
