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
        var reader = new TokenReader(text);
        var count = 0;
        consumed = 0;
        while (count < destination.Length && reader.Read())
        {
            destination[count++] = reader.Current;
            consumed = reader.Position;
        }
        if (count < destination.Length) consumed = text.Length;
        return count;
    }

    /// <summary>Counts the tokens of <paramref name="text"/> without storing them.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var reader = new TokenReader(text);
        var count = 0;
        while (reader.Read()) count++;
        return count;
    }
}
