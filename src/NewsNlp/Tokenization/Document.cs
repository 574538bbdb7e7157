using System.Buffers;

namespace NewsNlp.Tokenization;

/// <summary>
/// A tokenized text: the text itself, its tokens (offsets into it) and its sentences.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class Document
{
    private Document(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>
    /// The gazetteer's hash of each token's key (<c>Entities.Gazetteer.TokenKeyHashes</c>), computed on first use and
    /// then shared by every phrase table; the same values whichever thread computes them.
    /// </summary>
    internal uint[]? NameKeyHashes;

    /// <summary>The text the offsets point into.</summary>
    public string Text { get; }

    /// <summary>All tokens, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>All sentences, in order; together they hold every token.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The text of a token.</summary>
    public string GetText(Token token) => Text.Substring(token.Start, token.Length);

    /// <summary>The text of a range.</summary>
    public string GetText(TextRange range) => Text.Substring(range.Start, range.Length);

    /// <summary>The chars of a token, without allocating.</summary>
    public ReadOnlySpan<char> GetSpan(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>The tokens of a sentence.</summary>
    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            yield return Tokens[i];
    }

    /// <summary>Tokenizes and sentence-splits <paramref name="text"/>.</summary>
    public static Document Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The token records go into one pooled buffer (news text has about one token per 6 chars), the
        // sentence starts into another: the only allocations are the document's own arrays and the words of
        // multiword tokens.
        var spans = ArrayPool<TokenSpan>.Shared.Rent(Math.Max(64, text.Length / 4));
        int[]? starts = null;
        try
        {
            var count = 0;
            var offset = 0;
            while (offset < text.Length)
            {
                if (spans.Length - count < 64) spans = Grow(spans, count);
                var n = Tokenizer.Tokenize(text.AsSpan(offset), spans.AsSpan(count), out var consumed);
                if (offset > 0)
                    for (var i = count; i < count + n; i++) spans[i] = spans[i] with { Start = spans[i].Start + offset };
                count += n;
                if (consumed == 0) break;
                offset += consumed;
            }

            var tokens = new Token[count];
            for (var i = 0; i < count; i++)
            {
                var s = spans[i];
                tokens[i] = new Token(s.Start, s.End, s.Kind, CliticSplitter.Split(text.AsSpan(s.Start, s.Length), s.Start, s.Kind));
            }

            starts = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
            var sentenceCount = SentenceSplitter.Split(text, spans.AsSpan(0, count), starts);
            var sentences = new Sentence[sentenceCount];
            for (var i = 0; i < sentenceCount; i++)
            {
                var first = starts[i];
                var endToken = i + 1 < sentenceCount ? starts[i + 1] : tokens.Length;
                sentences[i] = new Sentence(tokens[first].Start, tokens[endToken - 1].End, first, endToken - first);
            }
            return new Document(text, tokens, sentences);
        }
        finally
        {
            ArrayPool<TokenSpan>.Shared.Return(spans);
            if (starts is not null) ArrayPool<int>.Shared.Return(starts);
        }
    }

    private static TokenSpan[] Grow(TokenSpan[] spans, int count)
    {
        var bigger = ArrayPool<TokenSpan>.Shared.Rent(spans.Length * 2);
        spans.AsSpan(0, count).CopyTo(bigger);
        ArrayPool<TokenSpan>.Shared.Return(spans);
        return bigger;
    }
}
