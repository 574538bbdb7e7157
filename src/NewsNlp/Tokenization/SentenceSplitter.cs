namespace NewsNlp.Tokenization;

/// <summary>Splits a token sequence into sentences.</summary>
/// <remarks>PROVISIONAL: breaks after . ! ? and at blank lines; the Indonesian-aware splitter replaces it.</remarks>
public static class SentenceSplitter
{
    /// <summary>
    /// Writes into <paramref name="destination"/> the index of the first token of each sentence
    /// and returns how many sentences there are.
    /// </summary>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, Span<int> destination)
    {
        if (tokens.IsEmpty) return 0;
        var count = 0;
        destination[count++] = 0;
        for (var i = 1; i < tokens.Length && count < destination.Length; i++)
        {
            var prev = tokens[i - 1];
            var breakAfterMark = prev.Kind == TokenKind.Punctuation && text[prev.Start] is '.' or '!' or '?';
            var lineBreak = text[prev.End..tokens[i].Start].Contains('\n');
            if (breakAfterMark || lineBreak) destination[count++] = i;
        }
        return count;
    }
}
