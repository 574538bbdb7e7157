using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// Counts documents, sentences and tokens with the span-level tokenizer and splitter (no token
/// objects), and the UTF-8 bytes read, for <c>newsnlp tokenize --count</c>.
/// </summary>
internal sealed class TokenCounter
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public long Documents { get; private set; }
    public long Sentences { get; private set; }
    public long Tokens { get; private set; }
    public long Bytes { get; private set; }

    /// <summary>Counts one document.</summary>
    public void Add(string text)
    {
        Documents++;
        Bytes += Encoding.UTF8.GetByteCount(text);
        Sentences += SentenceSplitter.Count(text, out var tokens); // one streaming pass, no token buffer
        Tokens += tokens;
    }

    /// <summary>One line: the counts and the throughput in MB/s of UTF-8 input.</summary>
    public string Summary()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        return string.Create(CultureInfo.InvariantCulture,
            $"documents {Documents}, sentences {Sentences}, tokens {Tokens}, {Bytes / 1e6:F2} MB in {seconds:F2} s ({Bytes / 1e6 / seconds:F1} MB/s, {Tokens / seconds:F0} tokens/s)");
    }
}
