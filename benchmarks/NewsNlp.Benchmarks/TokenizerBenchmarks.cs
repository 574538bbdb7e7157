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
    private TokenSpan[] _allTokens = [];
    private int[] _allStarts = [];
    private int _tokenCount;

    /// <summary>Builds the corpus, and its tokens for the splitter alone, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text;
        _allTokens = new TokenSpan[_text.Length + 1];
        _tokenCount = Tokenizer.Tokenize(_text, _allTokens, out _);
        _allStarts = new int[_tokenCount + 1];
    }

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

    /// <summary>The sentence splitter alone, over the tokens of the whole corpus (tokenized in the setup).</summary>
    [Benchmark]
    public int SplitOnly() => SentenceSplitter.Split(_text, _allTokens.AsSpan(0, _tokenCount), _allStarts);

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
