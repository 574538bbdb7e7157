using BenchmarkDotNet.Attributes;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>The object API and the extractors, document by document over the corpus, one thread.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.Default;
    private IReadOnlyList<string> _documents = [];

    /// <summary>Builds the corpus outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _documents = BenchmarkCorpus.Documents;

    /// <summary>Document.Parse: tokens, clitics, sentences as objects.</summary>
    [Benchmark(Baseline = true)]
    public int Document() => Run(static text => NewsNlp.Tokenization.Document.Parse(text).Tokens.Count);

    /// <summary>Tokens plus entity tagging.</summary>
    [Benchmark]
    public int Entities() => Run(static text => Pipeline.Extract(text, Pipeline.Options with { Extractors = Extractors.Entities }).Entities.Count);

    /// <summary>Tokens plus dates.</summary>
    [Benchmark]
    public int Dates() => Run(static text => Pipeline.Extract(text, Pipeline.Options with { Extractors = Extractors.Dates }).Entities.Count);

    /// <summary>Tokens plus claim extraction alone (without the entities and dates a claim's subject and source draw on).</summary>
    [Benchmark]
    public int Claims() => Run(static text => Pipeline.Extract(text, Pipeline.Options with { Extractors = Extractors.Claims }).Claims.Count);

    /// <summary>The whole Extract: tokens, sentences, entities, dates, claims.</summary>
    [Benchmark]
    public int Extract() => Run(static text => Pipeline.Extract(text).Claims.Count);

    private int Run(Func<string, int> work)
    {
        var total = 0;
        foreach (var document in _documents)
            total += work(document);
        return total;
    }
}
