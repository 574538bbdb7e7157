namespace NewsNlp.Tokenization;

/// <summary>
/// Splits a token sequence into sentences, the way Indonesian news is written:
/// <list type="bullet">
/// <item>after <c>.</c>, <c>?</c>, <c>!</c> or an ellipsis, with the closing quotes and brackets that follow,
/// when the next token can start a sentence (a capital, a digit, an opening quote or bracket, a dash);</item>
/// <item>not after the dot of a title or place abbreviation (<c>Dr.</c>, <c>Jl.</c>, <c>No.</c>), an initial
/// (<c>B. J. Habibie</c>), a company suffix (<c>Tbk.</c>), or a list number at the start of a line (<c>1.</c>);</item>
/// <item>at a blank line, and at a line break unless the next line goes on in lower case after a line that
/// did not end a sentence (hard-wrapped text): a headline or caption line ends its sentence;</item>
/// <item>before quoted speech of a whole sentence that follows a word with no punctuation (a lost line break);</item>
/// <item>not inside quoted speech that closes further on in the same paragraph: a quotation of several
/// sentences stays one sentence with its attribution (<c>"Kami siap. Semua beres," kata dia.</c>);</item>
/// <item>around page furniture (<c>Halaman 2 dari 2</c>, <c>Baca juga: …</c>, <c>Foto: …</c>, <c>(taa/fas)</c>),
/// which becomes a sentence of its own.</item>
/// </list>
/// </summary>
public static partial class SentenceSplitter
{
    /// <summary>
    /// Writes into <paramref name="destination"/> the index of the first token of each sentence
    /// and returns how many sentences there are.
    /// </summary>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, Span<int> destination) =>
        Split(text, tokens, destination, everyBoundary: false);

    /// <summary>
    /// <see cref="Split(ReadOnlySpan{char}, ReadOnlySpan{TokenSpan}, Span{int})"/>; with <paramref name="everyBoundary"/>
    /// it applies the rules at every boundary, not only where <see cref="QuietTokens"/> finds a candidate, and asks them
    /// about the plain sentence ends too (<see cref="PlainEnd"/>): the tests check that both give the same sentences.
    /// </summary>
    internal static int Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, Span<int> destination, bool everyBoundary)
    {
        if (tokens.IsEmpty || destination.IsEmpty) return 0;
        destination[0] = 0;
        var state = new State { Count = 1, ForcedUntil = -1, QuoteCloses = -1 };
        // Most boundaries are quiet (no rule can act there): only the others, and the end of page furniture,
        // are looked at closely.
        var b = 1;
        // The quiet boundaries by masks of 64, or one by one without AVX2 (QuietTokens.Skip).
        var maskBase = QuietTokens.NoMask;
        var mask = 0UL;
        while (b < tokens.Length && state.Count < destination.Length)
        {
            var stop = state.ForcedUntil >= b ? Math.Min(state.ForcedUntil, tokens.Length) : tokens.Length;
            if (!everyBoundary)
            {
                b = QuietTokens.Skip(text, tokens, b, stop, ref maskBase, ref mask);
            }
            if (b >= tokens.Length) break;
            if ((!everyBoundary && PlainEnd(text, tokens, b, state)) || Step(text, tokens, b, ref state)) destination[state.Count++] = b;
            b++;
        }
        return state.Count;
    }

    /// <summary>What the splitter carries from one token to the next.</summary>
    private struct State
    {
        public int Count;           // sentences written
        public int LineStart;       // index of the first token of the current line
        public int ForcedUntil;     // furniture: a boundary is forced before this token
        public bool LabelOpen;      // inside a "Foto: ..." label that runs to the end of the line
        public int Depth;           // open round/square brackets on this line
        public int QuoteCloses;     // inside quoted speech: the index of its closing quote
    }

    /// <summary>
    /// Decides the boundary before token <paramref name="b"/> (true: a sentence starts there; the caller counts it)
    /// and carries the state on. It reads tokens from <c>b - 6</c> to <c>b + </c><see cref="Reach"/> at most.
    /// </summary>
    private static bool Step(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b, ref State s)
    {
        var before = tokens[b - 1];
        if (before.Length == 1)
        {
            var previous = text[before.Start];
            if (previous is '(' or '[') s.Depth++;
            else if (previous is ')' or ']' && s.Depth > 0) s.Depth--;
        }
        // The gap is most often empty or one space: no line break there.
        var gapLength = tokens[b].Start - before.End;
        var newline = gapLength == 1 ? text[before.End] == '\n' : gapLength > 1 && text.Slice(before.End, gapLength).Contains('\n');
        var brk = false;
        if (newline)
        {
            var gap = text.Slice(before.End, gapLength);
            brk = gap.IndexOf('\n') != gap.LastIndexOf('\n') || s.LabelOpen || !ContinuesLine(text, tokens, b);
            s.LineStart = b;
            s.LabelOpen = false;
            s.Depth = 0;
        }
        if (!brk && b == s.ForcedUntil) brk = true;
        if (b > s.QuoteCloses && OpensQuote(text, tokens, b - 1)) s.QuoteCloses = QuoteClose(text, tokens, b - 1);
        if (!brk && !s.LabelOpen && b <= s.QuoteCloses) return false;
        if (!brk && !s.LabelOpen) brk = EndsAfter(text, tokens, b, s.LineStart) && !(s.Depth > 0 && ClosesSoon(text, tokens, b));
        if (!brk && !s.LabelOpen && s.Depth == 0) brk = LostLineBreak(text, tokens, b) || LostBreakBeforeSpeech(text, tokens, b);
        var furniture = PageFurniture.Match(text, tokens, b, out var isLabel);
        if (furniture > 0)
        {
            brk = true;
            if (isLabel) s.LabelOpen = true;
            else s.ForcedUntil = b + furniture;
        }
        return brk;
    }

    /// <summary>
    /// The plain sentence end, about half of the boundaries the filter passes on: a word (or a number not at the start
    /// of its line), a dot glued to it, one space, a capitalised word that cannot start page furniture, outside brackets,
    /// quotes and labels. There <see cref="Step"/> would answer true and change no state (the dot ends the sentence:
    /// <c>EndsAfter</c> finds a dot after a plain word or number before a capital, so <c>LostLineBreak</c> is not asked,
    /// and <see cref="PageFurniture.Match"/> finds nothing), so it is not asked. A sentence starter (<c>Namun</c>,
    /// <c>Pada</c>) is such a capitalised word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool PlainEnd(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b, in State s)
    {
        var dot = tokens[b - 1];
        if (dot.Length != 1 || text[dot.Start] != '.' || b < 2) return false;
        var next = tokens[b];
        if (next.Start != dot.End + 1 || text[dot.End] != ' ' || !char.IsAsciiLetterUpper(text[next.Start])) return false;
        var word = tokens[b - 2];
        return (word.Kind == TokenKind.Word || (word.Kind == TokenKind.Number && b - 2 != s.LineStart)) && word.End == dot.Start
            && s.Depth == 0 && !s.LabelOpen && b > s.QuoteCloses && !PageFurniture.MayStart(text, next);
    }

    /// <summary>Whether token <paramref name="i"/> is a double quote that opens speech: after a space or line start, glued to what follows.</summary>
    private static bool OpensQuote(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        var t = tokens[i];
        if (t.Length != 1 || text[t.Start] is not ('"' or '\u201C' or '\u00AB' or '\u201E')) return false;
        if (i + 1 >= tokens.Length || tokens[i + 1].Start != t.End) return false;
        return i == 0 || tokens[i - 1].End < t.Start || CharClass.IsOpener(text[tokens[i - 1].Start]);
    }

    /// <summary>
    /// The index of the quote that closes the speech opened at token <paramref name="open"/>, or -1 when it does not
    /// close within the paragraph (a blank line), within 150 tokens, or before another quote opens.
    /// Each token is looked at by at most one opening quote, so splitting stays linear.
    /// </summary>
    private static int QuoteClose(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int open)
    {
        var closer = text[tokens[open].Start] switch { '\u201C' => '\u201D', '\u00AB' => '\u00BB', '\u201E' => '\u201D', _ => '"' };
        for (var k = open + 1; k < tokens.Length && k <= open + QuoteReach; k++)
        {
            var t = tokens[k];
            // Two line breaks need a gap of two chars or more (most gaps are empty or one space).
            var gapStart = tokens[k - 1].End;
            if (t.Start - gapStart >= 2)
            {
                var gap = text[gapStart..t.Start];
                if (gap.IndexOf('\n') != gap.LastIndexOf('\n')) return -1;
            }
            if (t.Length != 1) continue;
            var c = text[t.Start];
            if (c == closer && tokens[k - 1].End == t.Start) return k;
            if (OpensQuote(text, tokens, k)) return -1;
        }
        return -1;
    }

    /// <summary>A dot inside brackets that close a little further on the same line does not end a sentence: (E. coli), (SSK. II).</summary>
    private static bool ClosesSoon(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b)
    {
        for (var k = b; k < tokens.Length && k < b + 30; k++)
        {
            if (text[tokens[k - 1].End..tokens[k].Start].Contains('\n')) return false;
            var t = Text(text, tokens[k]);
            if (t is ")" or "]") return true;
            if (t is "(" or "[") return false;
        }
        return false;
    }

    /// <summary>
    /// A function word such as <c>Pada</c> or <c>Namun</c>, capitalised right after a lower-case word or a number
    /// with no punctuation between, starts a sentence: a headline's line break was lost
    /// (<c>Data/tokenizer/sentence-starters.txt</c>).
    /// </summary>
    private static bool LostLineBreak(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b)
    {
        if (tokens[b].Kind != TokenKind.Word || !char.IsUpper(text[tokens[b].Start])) return false;
        return EndsUnpunctuated(text, tokens[b - 1]) && TokenizerLexicon.IsSentenceStarter(Text(text, tokens[b]));
    }

    /// <summary>A lower-case word ending in a letter, or a number: what goes on before a lost line break.</summary>
    private static bool EndsUnpunctuated(ReadOnlySpan<char> text, TokenSpan token) =>
        char.IsLower(text[token.Start]) && char.IsLetter(text[token.End - 1]) || token.Kind == TokenKind.Number;

    /// <summary>
    /// Quoted speech of a whole sentence (capitalised, at least five words, ending in <c>,</c> <c>.</c> <c>?</c> or <c>!</c>
    /// inside its quotes) right after a lower-case word with no punctuation between starts a sentence: a line break
    /// was lost before it. A short quoted name (<c>Kampung "Naga"</c>) does not, nor a quotation after a word that
    /// introduces one (<c>seperti "…"</c>, <c>berjudul "…"</c>: <c>Data/tokenizer/quote-introducers.txt</c>).
    /// </summary>
    private static bool LostBreakBeforeSpeech(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b)
    {
        if (b + 1 >= tokens.Length || !OpensQuote(text, tokens, b) || !char.IsUpper(text[tokens[b + 1].Start])) return false;
        var previous = tokens[b - 1];
        if (!EndsUnpunctuated(text, previous) || TokenizerLexicon.IsQuoteIntroducer(Text(text, previous))) return false;
        var close = QuoteClose(text, tokens, b);
        if (close < b + 6) return false;
        var end = tokens[close - 1];
        return end.Length == 1 && text[end.Start] is ',' or '.' or '?' or '!';
    }

    /// <summary>Whether a line break before token <paramref name="b"/> only wraps a sentence that goes on.</summary>
    private static bool ContinuesLine(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b)
    {
        var first = text[tokens[b].Start];
        if (!char.IsLower(first)) return false;
        var prev = Text(text, tokens[b - 1]);
        return !(prev is "." or "?" or "!" or ":" or "…" or "...");
    }

    /// <summary>Whether a sentence ends just before token <paramref name="b"/>.</summary>
    private static bool EndsAfter(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b, int lineStart)
    {
        // A closer glued to what precedes it belongs to the sentence before.
        if (IsClosingQuoteOrBracket(text, tokens, b)) return false;
        var k = b - 1;
        while (k > 0 && k > b - 6 && IsClosingQuoteOrBracket(text, tokens, k)) k--;
        var mark = Text(text, tokens[k]);
        var kind = tokens[k].Kind;
        var single = mark.Length == 1 ? mark[0] : '\0';
        var isDot = single == '.';
        var isMark = kind == TokenKind.Punctuation && (isDot || single is '?' or '!' or '\u2026' || (mark.Length >= 3 && mark[0] == '.'));
        var isDottedAbbreviation = kind == TokenKind.Abbreviation && mark.Length > 1 && mark[^1] == '.';
        if (!isMark && !isDottedAbbreviation) return false;
        // A bare question or exclamation mark ends a sentence even before lower case ("komanya? naskah");
        // after a closing quote the lower-case word is the speech verb: "Kenapa?" tanya dia.
        if (single is '?' or '!' && k == b - 1 && char.IsLower(text[tokens[b].Start])) return true;
        if (isDot && k == b - 1 && SloppyStart(text, tokens, b)) return true;
        if (!StartsSentence(text, tokens, b)) return false;
        if (isDottedAbbreviation) return char.IsLower(mark[0]) && StartsWithCapitalWord(text, tokens[b]);
        if (isDot && k > 0 && tokens[k - 1].End == tokens[k].Start && !DotEnds(text, tokens, k - 1, lineStart, b))
            return false;
        return true;
    }

    /// <summary>
    /// A dot right after a plain word of five letters or more (no abbreviation is that long and undotted inside),
    /// then a lower-case word: a sentence whose writer did not capitalise its start (<c>sudah lain. apakah ...</c>).
    /// </summary>
    private static bool SloppyStart(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b)
    {
        var dot = b - 1;
        if (dot < 1 || tokens[b].Kind != TokenKind.Word || !char.IsLower(text[tokens[b].Start])) return false;
        var word = tokens[dot - 1];
        if (word.Kind != TokenKind.Word || word.End != tokens[dot].Start || word.Length < 5) return false;
        foreach (var c in Text(text, word)) if (!char.IsLetter(c)) return false;
        return TokenizerLexicon.Abbreviation(Text(text, word)) == TokenizerLexicon.AbbreviationRole.None;
    }

    /// <summary>Whether the dot after token <paramref name="w"/> can end a sentence.</summary>
    private static bool DotEnds(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int w, int lineStart, int next)
    {
        var word = Text(text, tokens[w]);
        if (tokens[w].Kind == TokenKind.Abbreviation)
        {
            switch (TokenizerLexicon.Abbreviation(word))
            {
                case TokenizerLexicon.AbbreviationRole.Title:
                    return false;
                case TokenizerLexicon.AbbreviationRole.Suffix:
                    // dll., dsb. may close a sentence; Tbk., Ltd., Inc. stand inside company names.
                    return char.IsLower(word[0]) && StartsWithCapitalWord(text, tokens[next]);
                default:
                    // an initial (B. J. Habibie), but a Roman numeral after a lower-case word ends: kuartal I.
                    return word.Length != 1 || (word[0] is 'I' or 'V' or 'X' && w > 0 && char.IsLower(text[tokens[w - 1].Start]));
            }
        }
        // a list number at the start of a line: "1. Pertama"
        if (tokens[w].Kind == TokenKind.Number && w == lineStart) return false;
        return true;
    }

    private static bool StartsWithCapitalWord(ReadOnlySpan<char> text, TokenSpan token) => char.IsUpper(text[token.Start]);

    /// <summary>Whether token <paramref name="b"/> can begin a sentence.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b)
    {
        var c = text[tokens[b].Start];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (char.IsLower(c)) return false;
        if (CharClass.IsOpener(c) || c is '-' or '\u2013' or '\u2014' or '\u2022' or '*')
        {
            // an opening quote or bracket, a dash or bullet: look at what follows it
            if (b + 1 >= tokens.Length) return true;
            var next = text[tokens[b + 1].Start];
            return !char.IsLower(next);
        }
        return tokens[b].Kind is TokenKind.Emoji or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Url or TokenKind.Other
            || char.IsLetter(c);
    }

    /// <summary>A closing quote or bracket glued to the token before it (<c>ini."</c>, <c>(CDM),</c>).</summary>
    private static bool IsClosingQuoteOrBracket(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        if (i == 0 || tokens[i].Kind != TokenKind.Punctuation) return false;
        var t = tokens[i];
        if (t.Length == 2) return text[t.Start] == '\'' && text[t.Start + 1] == '\'';
        if (t.Length != 1) return false;
        var c = text[t.Start];
        if (c is ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB') return true;
        return c is '"' or '\'' && tokens[i - 1].End == t.Start;
    }

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> text, TokenSpan token) => text.Slice(token.Start, token.Length);
}
