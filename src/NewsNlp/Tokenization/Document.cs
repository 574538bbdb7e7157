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
        var buffer = ArrayPool<TokenSpan>.Shared.Rent(Math.Max(16, text.Length / 2 + 1));
        try
        {
            var spans = new List<TokenSpan>();
            var offset = 0;
            while (offset < text.Length)
            {
                var n = Tokenizer.Tokenize(text.AsSpan(offset), buffer, out var consumed);
                for (var i = 0; i < n; i++)
                    spans.Add(buffer[i] with { Start = buffer[i].Start + offset });
                if (consumed == 0) break;
                offset += consumed;
            }

            var spanArray = spans.ToArray();
            var tokens = new Token[spanArray.Length];
            for (var i = 0; i < spanArray.Length; i++)
            {
                var s = spanArray[i];
                tokens[i] = new Token(s.Start, s.End, s.Kind, CliticSplitter.Split(text.AsSpan(s.Start, s.Length), s.Start, s.Kind));
            }

            var starts = new int[Math.Max(1, spanArray.Length)];
            var sentenceCount = SentenceSplitter.Split(text, spanArray, starts);
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
            ArrayPool<TokenSpan>.Shared.Return(buffer);
        }
    }
}
