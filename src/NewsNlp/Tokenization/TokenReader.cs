using System.Globalization;
using System.Text;

namespace NewsNlp.Tokenization;

/// <summary>
/// A forward-only, allocation-free reader of the tokens of a span of text, in the style of
/// <c>Utf8JsonReader</c>: call <see cref="Read"/> until it returns false, reading <see cref="Current"/>.
/// </summary>
/// <remarks>
/// The segmentation follows Universal Dependencies Indonesian (GSD, CSUI) where the treebanks agree,
/// so that the tokenizer can be scored on them; each convention is written where it is applied and
/// collected in <c>Data/tokenizer/README.md</c>. No input makes it throw: control chars, lone surrogates
/// and unassigned code points become <see cref="TokenKind.Other"/> tokens.
/// </remarks>
public ref partial struct TokenReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Starts reading <paramref name="text"/> at its beginning.</summary>
    public TokenReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The token last read (offsets into the text given to the constructor).</summary>
    public TokenSpan Current { get; private set; }

    /// <summary>The offset just past the last token read (or past trailing white space at the end).</summary>
    public readonly int Position => _position;

    /// <summary>Reads the next token; false at the end of the text.</summary>
    public bool Read()
    {
        var text = _text;
        var i = _position;
        while ((uint)i < (uint)text.Length && CharClass.IsSpace(text[i])) i++;
        if (i >= text.Length)
        {
            _position = text.Length;
            return false;
        }
        Current = ScanToken(text, i);
        _position = Current.End;
        return true;
    }

    private readonly int Scan(int i, out TokenKind kind)
    {
        var text = _text;
        var c = text[i];
        int end;
        if (IsUrlStart(i) && (end = ScanUrl(i)) > i) { kind = TokenKind.Url; return end; }
        if (CharClass.IsWordStart(c))
        {
            if ((end = ScanEmail(i)) > i) { kind = TokenKind.Email; return end; }
            if (CharClass.IsDigit(c))
            {
                var emoji = Emoji.Match(text, i);
                if (emoji > 0) { kind = TokenKind.Emoji; return i + emoji; }
                return ScanNumber(i, out kind);
            }
            return ScanWord(i, out kind);
        }
        if (c is '#' or '@' && i + 1 < text.Length && (CharClass.IsWordChar(text[i + 1]) || text[i + 1] == '_'))
        {
            if (c == '@' && (end = ScanEmail(i)) > i) { kind = TokenKind.Email; return end; }
            return ScanTag(i, out kind);
        }
        var pictograph = Emoji.Match(text, i);
        if (pictograph > 0) { kind = TokenKind.Emoji; return i + pictograph; }
        return ScanPunctuation(i, out kind);
    }

    // ---- punctuation and single chars -------------------------------------------------------

    private readonly int ScanPunctuation(int i, out TokenKind kind)
    {
        var text = _text;
        var c = text[i];
        kind = TokenKind.Punctuation;
        switch (c)
        {
            case '.':
            {
                // An ellipsis of three or more dots is one token; one or two dots are one token each
                // (UD GSD writes "Botoh.." as Botoh + . + .).
                var j = i;
                while (j < text.Length && text[j] == '.') j++;
                return j - i >= 3 ? j : i + 1;
            }
            case '-':
            {
                // "--" and longer runs are one dash token (as UD GSD has them).
                var j = i;
                while (j < text.Length && text[j] == '-') j++;
                return j - i >= 2 ? j : i + 1;
            }
            case '`' or '\'' when i + 1 < text.Length && text[i + 1] == c:
                return i + 2; // `` and '' quotes of typewriter text
        }
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var rune = new Rune(c, text[i + 1]);
            kind = Rune.IsLetterOrDigit(rune) ? TokenKind.Word : KindOf(Rune.GetUnicodeCategory(rune));
            return i + 2;
        }
        kind = char.IsSurrogate(c) ? TokenKind.Other : CharClass.KindOf(c);
        if (kind == TokenKind.Other && CharClass.IsWordChar(c)) kind = TokenKind.Word; // stray combining mark
        return i + 1;
    }

    private static TokenKind KindOf(UnicodeCategory category) => category switch
    {
        UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
        UnicodeCategory.CurrencySymbol => TokenKind.Currency,
        >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
        _ => TokenKind.Other,
    };

    // ---- hashtags and mentions --------------------------------------------------------------

    private readonly int ScanTag(int i, out TokenKind kind)
    {
        var text = _text;
        kind = text[i] == '#' ? TokenKind.Hashtag : TokenKind.Mention;
        var j = i + 1;
        while (j < text.Length && (CharClass.IsWordChar(text[j]) || text[j] == '_' ||
               (kind == TokenKind.Mention && text[j] == '.' && j + 1 < text.Length && CharClass.IsWordChar(text[j + 1]))))
            j++;
        return j;
    }

    // ---- URLs and e-mail addresses ----------------------------------------------------------

    private readonly bool IsUrlStart(int i)
    {
        var rest = _text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWordChar(rest[4]));
    }

    private readonly int ScanUrl(int i)
    {
        var text = _text;
        var j = i;
        var open = 0;
        while (j < text.Length && !CharClass.IsSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
        {
            if (text[j] == '(') open++;
            else if (text[j] == ')') open--;
            j++;
        }
        return TrimUrlEnd(i, j, open);
    }

    /// <summary>Gives back the punctuation that closes a sentence or bracket after an address.</summary>
    private readonly int TrimUrlEnd(int start, int j, int open)
    {
        var text = _text;
        while (j > start)
        {
            var last = text[j - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ']' or '}') { j--; continue; }
            if (last == ')' && open < 0) { j--; open++; continue; }
            break;
        }
        return j;
    }

    private readonly int ScanEmail(int i)
    {
        var text = _text;
        // Bounded look-ahead (a local part has at most 64 chars, a domain 253) keeps the scan linear.
        var j = i;
        var localEnd = Math.Min(text.Length, i + 65);
        while (j < localEnd && CharClass.IsEmailLocal(text[j])) j++;
        if (j == i || j >= text.Length || text[j] != '@' || text[j - 1] == '.') return i;
        var domainEnd = Math.Min(text.Length, j + 254);
        var k = j + 1;
        var labels = 0;
        var lastLabelStart = k;
        while (true)
        {
            var labelStart = k;
            while (k < domainEnd && (char.IsAsciiLetterOrDigit(text[k]) || text[k] == '-')) k++;
            if (k == labelStart || (k == domainEnd && domainEnd < text.Length)) return i;
            labels++;
            lastLabelStart = labelStart;
            if (k + 1 < domainEnd && text[k] == '.' && char.IsAsciiLetterOrDigit(text[k + 1])) { k++; continue; }
            break;
        }
        if (labels < 2 || k - lastLabelStart < 2) return i;
        for (var m = lastLabelStart; m < k; m++)
            if (!char.IsAsciiLetter(text[m])) return i;
        return k;
    }
}
