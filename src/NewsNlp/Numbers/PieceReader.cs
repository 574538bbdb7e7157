using NewsNlp.Tokenization;

namespace NewsNlp.Numbers;

/// <summary>Cuts tokens into <see cref="Piece"/>s.</summary>
internal static class PieceReader
{
    /// <summary>The pieces of the tokens <c>[firstToken, endToken)</c>, in order.</summary>
    public static Piece[] Read(Document document, int firstToken, int endToken)
    {
        var text = document.Text;
        // One scratch list a thread: only the exact array is allocated a call.
        var pieces = _scratch ??= new List<Piece>(256);
        pieces.Clear();
        for (var t = firstToken; t < endToken; t++)
        {
            var token = document.Tokens[t];
            var i = token.Start;
            while (i < token.End)
            {
                var c = text[i];
                var start = i;
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (char.IsAsciiDigit(c))
                {
                    i++;
                    while (i < token.End && (char.IsAsciiDigit(text[i]) ||
                           (text[i] is '.' or ',' && i + 1 < token.End && char.IsAsciiDigit(text[i + 1]))))
                        i++;
                    pieces.Add(new Piece(t, start, i, PieceKind.Digits));
                }
                else if (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    i++;
                    while (i < token.End && (char.IsLetter(text[i]) ||
                           char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                        i++;
                    pieces.Add(new Piece(t, start, i, PieceKind.Letters));
                }
                else
                {
                    i += char.IsHighSurrogate(c) && i + 1 < token.End && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    pieces.Add(new Piece(t, start, i, PieceKind.Symbol));
                }
            }
        }
        var result = pieces.ToArray();
        if (pieces.Capacity > 4096)
            _scratch = null; // a huge sentence: do not keep its buffer
        return result;
    }

    [ThreadStatic]
    private static List<Piece>? _scratch;
}
