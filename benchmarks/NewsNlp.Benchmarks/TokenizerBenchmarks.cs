using BenchmarkDotNet.Attributes;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>The tokenizer hot path over a small news-style text.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly string _text = string.Concat(Enumerable.Repeat(
        "Pemerintah mengirim lebih dari 1.500 relawan ke Palu, Senin (3/10/2018), kata Menteri Sosial. ", 200));
    private readonly TokenSpan[] _buffer = new TokenSpan[4096];

    /// <summary>Tokenizes the whole text into a reused buffer.</summary>
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
}
