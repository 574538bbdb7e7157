namespace NewsNlp.Tokenization;

/// <summary>
/// The allocation-free tokenizer: scans a span of text and writes <see cref="TokenSpan"/>
/// records into a caller's buffer.
/// </summary>
/// <remarks>PROVISIONAL: a plain scanner; the Indonesian-aware scanner replaces it.</remarks>
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
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (count == destination.Length) break;
            var start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(text[i]))
            {
                var digits = true;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) ||
                       (i + 1 < text.Length && (text[i] is '.' or ',' or '-' or '/') && char.IsLetterOrDigit(text[i + 1]) && (text[i] == '-' || char.IsDigit(text[i + 1])))))
                {
                    if (char.IsLetter(text[i])) digits = false;
                    i++;
                }
                kind = digits ? TokenKind.Number : TokenKind.Word;
            }
            else
            {
                i += i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) ? 2 : 1;
                kind = char.IsPunctuation(text[start]) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            destination[count++] = new TokenSpan(start, i - start, kind);
        }
        consumed = i;
        return count;
    }
}
