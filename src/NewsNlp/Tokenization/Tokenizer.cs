namespace NewsNlp.Tokenization;

/// <summary>
/// The allocation-free tokenizer: scans a span of text and writes <see cref="TokenSpan"/>
/// records into a caller's buffer. See <see cref="TokenReader"/> for the rules.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="text"/> into <paramref name="destination"/>.
    /// Returns how many tokens were written; <paramref name="consumed"/> is the offset where
    /// scanning stopped (the end of the text, or the end of the last token when the buffer filled).
    /// Call again on <c>text[consumed..]</c> (adding <c>consumed</c> to offsets) to go on.
    /// </summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<TokenSpan> destination, out int consumed)
    {
        // Plain stretches go by blocks of chars; the token where a block stops goes by the rules of
        // TokenReader.Read (a fast path for plain tokens, then the full rules), on locals so that they
        // stay in registers.
        var count = 0;
        var i = 0;
        while (count < destination.Length)
        {
            if (destination.Length - count >= PlainBlocks.Width)
            {
                count += PlainBlocks.Scan(text, i, destination[count..], out i);
                if (count == destination.Length) break; // (a block leaves room, but the loop must not rely on it)
            }
            i = SkipSpace(text, i);
            if (i >= text.Length) break;
            var token = TokenReader.ScanToken(text, i);
            destination[count++] = token;
            i = token.End;
        }
        consumed = count < destination.Length ? text.Length : count == 0 ? 0 : destination[count - 1].End;
        return count;
    }

    /// <summary>Counts the tokens of <paramref name="text"/> without storing them.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        Span<TokenSpan> buffer = stackalloc TokenSpan[256];
        var count = 0;
        while (!text.IsEmpty)
        {
            count += Tokenize(text, buffer, out var consumed);
            text = text[consumed..];
        }
        return count;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while ((uint)i < (uint)text.Length && CharClass.IsSpace(text[i])) i++;
        return i;
    }
}
