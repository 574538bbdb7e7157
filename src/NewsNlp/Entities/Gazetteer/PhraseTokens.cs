using System.Buffers;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Gazetteer;

/// <summary>
/// The tokens of a gazetteer phrase exactly as <see cref="Document.Parse"/> finds them, without
/// the clitic splitting and sentence splitting a phrase does not need (build time and start-up).
/// </summary>
internal static class PhraseTokens
{
    /// <summary>The token ranges of <paramref name="phrase"/>, in order.</summary>
    public static List<TextRange> Of(string phrase)
    {
        var ranges = new List<TextRange>();
        // The same buffer size and the same resumption loop as Document.Parse, so the tokens are the same.
        var buffer = ArrayPool<TokenSpan>.Shared.Rent(Math.Max(16, phrase.Length / 2 + 1));
        try
        {
            var offset = 0;
            while (offset < phrase.Length)
            {
                var n = Tokenizer.Tokenize(phrase.AsSpan(offset), buffer, out var consumed);
                for (var i = 0; i < n; i++)
                    ranges.Add(new TextRange(buffer[i].Start + offset, buffer[i].End + offset));
                if (consumed == 0) break;
                offset += consumed;
            }
        }
        finally
        {
            ArrayPool<TokenSpan>.Shared.Return(buffer);
        }
        return ranges;
    }
}
