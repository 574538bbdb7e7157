using System.Runtime.CompilerServices;

namespace NewsNlp.Tokenization;

public ref partial struct TokenReader
{
    /// <summary>
    /// The token that starts at <paramref name="start"/> (not white space): the fast path of
    /// <see cref="ScanPlain"/> when it answers, else the full rules of <see cref="Scan"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TokenSpan ScanToken(ReadOnlySpan<char> text, int start)
    {
        var token = ScanPlain(text, start);
        return token.Length != 0 ? token : ScanFull(text, start);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenSpan ScanFull(ReadOnlySpan<char> text, int start)
    {
        var end = new TokenReader(text).Scan(start, out var kind);
        return new TokenSpan(start, end - start, kind);
    }

    /// <summary>
    /// The fast path for the tokens that make up most of a text: a run of ASCII letters or digits ended by
    /// white space or plain punctuation, and single ASCII punctuation. Returns an empty token when the token
    /// needs the full rules of <see cref="Scan"/>; where it answers, it gives exactly what <see cref="Scan"/> would.
    /// </summary>
    /// <remarks>
    /// Why the answer is the same: a URL needs <c>:</c> or <c>www.</c> + a word char after the letters, an
    /// e-mail address an e-mail char or <c>@</c>, a glued currency code a digit or <c>$</c>, a hyphenated,
    /// apostrophe, slash, ampersand or unit token its own char; <see cref="CharClass.EndsPlainRun"/> is none of
    /// these. A number goes on only over <c>. , :</c> before a digit, <c>/ -</c>, letters or a keycap mark.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenSpan ScanPlain(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        var j = start + 1;
        if (char.IsAsciiLetter(c))
        {
            j = AsciiRuns.LettersEnd(text, j);
            if ((uint)j >= (uint)text.Length || CharClass.EndsPlainRun(text[j])) return new TokenSpan(start, j - start, TokenKind.Word);
            // A word before a dot that ends it (not detik.com, S.H., www.x or an e-mail address):
            // a known abbreviation or an initial is an Abbreviation token, its dot the next token.
            if (text[j] == '.' && (j + 1 == text.Length || CharClass.EndsPlainRun(text[j + 1])))
                return new TokenSpan(start, j - start, WordBeforeDot(text[start..j]));
            return default;
        }
        if (char.IsAsciiDigit(c))
        {
            j = AsciiRuns.DigitsEnd(text, j);
            if ((uint)j >= (uint)text.Length) return new TokenSpan(start, j - start, TokenKind.Number);
            var next = text[j];
            // 5 , 5. 5, 5: before white space or plain punctuation: the mark is not a separator.
            if ((CharClass.EndsPlainRun(next) && next != ',') ||
                (next is '.' or ',' or ':' && (j + 1 == text.Length || CharClass.EndsPlainRun(text[j + 1]))))
                return new TokenSpan(start, j - start, TokenKind.Number);
            return default;
        }
        if (CharClass.IsSingle(c)) return new TokenSpan(start, 1, CharClass.SingleKind(c));
        // One dot or one hyphen (a run of them is an ellipsis or a dash).
        if (c is '.' or '-' && ((uint)j >= (uint)text.Length || text[j] != c)) return new TokenSpan(start, 1, TokenKind.Punctuation);
        return default;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static TokenKind WordBeforeDot(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsAsciiLetterUpper(word[0])) ||
        TokenizerLexicon.Abbreviation(word) != TokenizerLexicon.AbbreviationRole.None
            ? TokenKind.Abbreviation
            : TokenKind.Word;
}
