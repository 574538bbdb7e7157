using System.Globalization;

namespace NewsNlp.Tokenization;

/// <summary>Character classes for the scanner: an ASCII lookup table, Unicode categories beyond it.</summary>
internal static class CharClass
{
    [Flags]
    private enum Flags : byte
    {
        None = 0,
        Letter = 1,
        Digit = 2,
        Space = 4,
        Upper = 8,
        EmailLocal = 16,
        Closer = 32,
        EndsPlain = 64,
        Single = 128,
    }

    private static readonly Flags[] Ascii = BuildAscii();

    private static readonly TokenKind[] AsciiKinds = BuildAsciiKinds();

    private static TokenKind[] BuildAsciiKinds()
    {
        var kinds = new TokenKind[128];
        for (var c = 0; c < 128; c++)
            kinds[c] = char.IsAsciiLetter((char)c) ? TokenKind.Word : char.IsAsciiDigit((char)c) ? TokenKind.Number : KindOf((char)c);
        return kinds;
    }

    private static Flags[] BuildAscii()
    {
        var table = new Flags[128];
        for (var c = 'a'; c <= 'z'; c++) table[c] = Flags.Letter | Flags.EmailLocal;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = Flags.Letter | Flags.Upper | Flags.EmailLocal;
        for (var c = '0'; c <= '9'; c++) table[c] = Flags.Digit | Flags.EmailLocal;
        foreach (var c in " \t\n\r\f\v") table[c] = Flags.Space;
        foreach (var c in "._%+-") table[c] |= Flags.EmailLocal;
        foreach (var c in ")]}\"'") table[c] |= Flags.Closer;
        for (var c = 0; c < 128; c++)
        {
            // After a run of letters or digits, these chars end a plain token: not a word char, not part of
            // an e-mail local part, and not one that may join or extend the run (: @ $ / ' &).
            if ((table[c] & (Flags.Letter | Flags.Digit | Flags.EmailLocal)) == 0 && ":@$/'&".IndexOf((char)c) < 0)
                table[c] |= Flags.EndsPlain;
            // Chars that are always a one-char token when they start one: not space, not a word char, and
            // none of the chars with rules of their own (. - ` ' runs, # @ tags, * # keycaps, URL letters).
            if ((table[c] & (Flags.Letter | Flags.Digit | Flags.Space)) == 0 && ".-`'#@*".IndexOf((char)c) < 0)
                table[c] |= Flags.Single;
        }
        return table;
    }

    /// <summary>A separator between tokens: white space and invisible format chars (zero-width space, BOM, word joiner).</summary>
    public static bool IsSpace(char c) =>
        c < 128 ? (Ascii[c] & Flags.Space) != 0 : char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060' or '\u180E';

    /// <summary>
    /// An ASCII char that ends a plain run of ASCII letters or digits: white space and punctuation such as
    /// <c>, ; ) " ? !</c>, but not <c>. : @ $ / ' &amp; - _ % +</c>, which have rules of their own.
    /// </summary>
    public static bool EndsPlainRun(char c) => c < 128 && (Ascii[c] & Flags.EndsPlain) != 0;

    /// <summary>An ASCII char that is always a token of one char (<c>, ( ) " ? ! ; : %</c>), not space.</summary>
    public static bool IsSingle(char c) => c < 128 && (Ascii[c] & Flags.Single) != 0;

    /// <summary>
    /// The token kind of an ASCII char (below 128) that <see cref="IsSingle"/> accepts (a table lookup of
    /// <see cref="KindOf"/>); <see cref="TokenKind.Word"/> for an ASCII letter, <see cref="TokenKind.Number"/>
    /// for an ASCII digit (the kind of a run of them that ends before white space).
    /// </summary>
    public static TokenKind SingleKind(char c) => AsciiKinds[c];

    /// <summary>An ASCII digit (other scripts' digits count as letters of a word).</summary>
    public static bool IsDigit(char c) => c < 128 && (Ascii[c] & Flags.Digit) != 0;

    /// <summary>A letter of any script (surrogate halves excluded).</summary>
    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Flags.Letter) != 0 : char.IsLetter(c);

    /// <summary>An upper-case letter.</summary>
    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Flags.Upper) != 0 : char.IsUpper(c);

    /// <summary>A char that continues a word: letters, digits, combining marks, joiners, soft hyphen.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128) return (Ascii[c] & (Flags.Letter | Flags.Digit)) != 0;
        if (c is '\u00AD' or '\u200C' or '\u200D') return true;
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.OtherNumber: // km², H₂O
                return true;
            default:
                return false;
        }
    }

    /// <summary>A char that may start a word token.</summary>
    public static bool IsWordStart(char c) =>
        c < 128 ? (Ascii[c] & (Flags.Letter | Flags.Digit)) != 0 : IsWordChar(c) && c is not ('\u00AD' or '\u200C' or '\u200D') && !IsMark(c);

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>A char allowed in the local part of an e-mail address.</summary>
    public static bool IsEmailLocal(char c) => c < 128 && (Ascii[c] & Flags.EmailLocal) != 0;

    /// <summary>An apostrophe that may stand inside a word (<c>Jum'at</c>, <c>Ka'ban</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>A closing quote or bracket that may follow a sentence mark.</summary>
    public static bool IsCloser(char c) =>
        c < 128 ? (Ascii[c] & Flags.Closer) != 0 : c is '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' or '\u300F';

    /// <summary>An opening quote or bracket.</summary>
    public static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '`' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u201E';

    /// <summary>The token kind of a single non-word char.</summary>
    public static TokenKind KindOf(char c)
    {
        if (c is '%' or '\u2030' or '\u2031' or '&') return TokenKind.Symbol; // Unicode calls them punctuation
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return TokenKind.Punctuation;
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return TokenKind.Symbol;
            case UnicodeCategory.CurrencySymbol:
                return TokenKind.Currency;
            default:
                return TokenKind.Other;
        }
    }
}
