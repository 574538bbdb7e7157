using BenchmarkDotNet.Attributes;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The tokenizer hot path against its baselines, over the whole corpus, one thread.
/// Every method returns the number of tokens (or word starts) it found.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private readonly TokenSpan[] _buffer = new TokenSpan[8192];
    private readonly int[] _sentenceStarts = new int[8192];
    private string _text = "";

    /// <summary>Builds the corpus outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _text = BenchmarkCorpus.Text;

    /// <summary>Baseline (a): vectorized count of whitespace-to-non-whitespace transitions.</summary>
    [Benchmark(Baseline = true)]
    public int VectorizedPass() => Baselines.CountWordStarts(_text);

    /// <summary>Baseline (b): compiled Regex <c>\w+|[^\w\s]</c> with EnumerateMatches.</summary>
    [Benchmark]
    public int RegexTokenizer() => Baselines.CountRegexTokens(_text);

    /// <summary>The NewsNlp tokenizer into a reused buffer.</summary>
    [Benchmark]
    public int Tokenize()
    {
        var total = 0;
        var text = _text.AsSpan();
        while (!text.IsEmpty)
        {
            total += Tokenizer.Tokenize(text, _buffer, out var consumed);
            if (consumed == 0) break;
            text = text[consumed..];
        }
        return total;
    }

    /// <summary>The tokenizer plus the sentence splitter, chunk by chunk.</summary>
    [Benchmark]
    public int TokenizeAndSplit()
    {
        var total = 0;
        var text = _text.AsSpan();
        while (!text.IsEmpty)
        {
            var n = Tokenizer.Tokenize(text, _buffer, out var consumed);
            total += SentenceSplitter.Split(text, _buffer.AsSpan(0, n), _sentenceStarts);
            if (consumed == 0) break;
            text = text[consumed..];
        }
        return total;
    }
}
