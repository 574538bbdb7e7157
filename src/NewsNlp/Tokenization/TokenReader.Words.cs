namespace NewsNlp.Tokenization;

public ref partial struct TokenReader
{
    /// <summary>Scans a token that starts with a letter.</summary>
    private readonly int ScanWord(int i, out TokenKind kind)
    {
        var text = _text;
        kind = TokenKind.Word;

        // A currency code glued before an amount is its own token, as UD has it: Rp | 42,03, US | $ | 6,4.
        var letters = i;
        while (letters < text.Length && char.IsAsciiLetter(text[letters])) letters++;
        if (letters < text.Length && letters - i <= 3 &&
            (text[letters] == '$' ? IsAllUpper(text[i..letters]) : CharClass.IsDigit(text[letters]) && TokenizerLexicon.IsCurrencyCode(text[i..letters])))
        {
            kind = TokenKind.Currency;
            return letters;
        }

        var partStart = i;
        var j = i;
        while (true)
        {
            while (j < text.Length && CharClass.IsWordChar(text[j])) j++;
            if (j + 1 >= text.Length) break;
            var c = text[j];
            if (CharClass.IsApostrophe(c) && CharClass.IsLetter(text[j - 1]) && CharClass.IsLetter(text[j + 1]))
            {
                j++; // Jum'at, Ka'ban, Lloyd's
                continue;
            }
            if (c == '-' && CharClass.IsWordChar(text[j + 1]))
            {
                var k = j + 1;
                while (k < text.Length && CharClass.IsWordChar(text[k])) k++;
                if (!JoinsHyphen(text[partStart..j], text[(j + 1)..k])) break;
                partStart = j + 1;
                j = k;
                continue;
            }
            if (c == '&' && char.IsAsciiLetterUpper(text[j + 1]) && j - partStart <= 3 && IsAllUpper(text[partStart..j]))
            {
                partStart = j + 1; // AT&T, P&G
                j++;
                continue;
            }
            break;
        }

        if (j < text.Length && text[j] == '/')
            return ScanSlash(i, j, ref kind);
        if (j < text.Length && text[j] == '.')
        {
            var dotted = ScanDotted(i, j, ref kind);
            if (dotted > j) return dotted;
        }
        if (j - i > 3 && (text[i] is 'k' or 'K') && text[i + 1] == 'e' && text[i + 2] == '-' && AllDigits(text[(i + 3)..j]))
            kind = TokenKind.Ordinal; // ke-3
        return j;
    }

    /// <summary>
    /// Whether a hyphen joins <paramref name="left"/> and <paramref name="right"/> into one token.
    /// It does for reduplication (negara-negara, besar-besaran), clitics (rumah-nya), ordinals and codes
    /// (ke-3, COVID-19), prefixes (non-migas, Al-Quran) and lower-case parts (Kim Jong-un, e-mail).
    /// It does not between two different capitalised words of two or more letters (Medan-Jakarta,
    /// Januari-September, RI-Jepang): a route, a range or a relation, which UD CSUI writes as three tokens.
    /// </summary>
    private static bool JoinsHyphen(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.IsEmpty || right.IsEmpty) return false;
        if (AllDigits(left)) return !AllDigits(right);
        if (!CharClass.IsUpper(left[0]) || !CharClass.IsUpper(right[0])) return true;
        if (left.Length == 1 || right.Length == 1) return true;
        if (right.StartsWith(left, StringComparison.OrdinalIgnoreCase)) return true;
        if (ContainsDigit(right) || ContainsDigit(left)) return true;
        if (CliticSplitter.IsClitic(right)) return true;
        return TokenizerLexicon.IsHyphenPrefix(left);
    }

    /// <summary>
    /// A word followed by a dot: a web address (detik.com) or an initialism with inner dots, which keeps
    /// its dots (S.H., a.n., s.d., B.J.). Returns <paramref name="dot"/> when the dot is not part of the
    /// token: after a known abbreviation (Jl, dll) or an initial (P) the token is kind Abbreviation and
    /// the dot is its own token.
    /// </summary>
    private readonly int ScanDotted(int start, int dot, ref TokenKind kind)
    {
        var text = _text;
        var word = text[start..dot];
        if (dot + 1 < text.Length && CharClass.IsWordChar(text[dot + 1]))
        {
            var domain = ScanDomain(start, dot);
            if (domain > dot) { kind = TokenKind.Url; return domain; }
            var chain = ScanInitialism(start, dot);
            if (chain > dot) { kind = TokenKind.Abbreviation; return chain; }
            return dot;
        }
        if (!AllLetters(word)) return dot;
        // A known abbreviation (Jl, Dr, dll) or an initial (P) before its dot is an Abbreviation token;
        // the dot is the next token, as UD GSD writes it (Dr + .), and the sentence splitter knows it.
        if (TokenizerLexicon.Abbreviation(word) != TokenizerLexicon.AbbreviationRole.None ||
            (word.Length == 1 && CharClass.IsUpper(word[0])))
            kind = TokenKind.Abbreviation;
        return dot;
    }

    /// <summary>Letters-dot-letters chains with short parts: S.H., a.n., s.d., Ph.D., B.J., M.Si.</summary>
    private readonly int ScanInitialism(int start, int dot)
    {
        var text = _text;
        if (dot - start > 3 || !AllLetters(text[start..dot])) return dot;
        var k = dot;
        var parts = 1;
        while (k < text.Length && text[k] == '.')
        {
            if (parts >= 6) return dot; // bounded: keeps the scan linear
            var partStart = k + 1;
            var m = partStart;
            while (m < text.Length && CharClass.IsLetter(text[m])) m++;
            if (m == partStart)
                return parts >= 2 ? k + 1 : dot; // ends with a dot: S.H.
            if (m - partStart > 3 || (m < text.Length && CharClass.IsWordChar(text[m]))) return dot;
            parts++;
            k = m;
        }
        return parts >= 2 ? k : dot; // no final dot: Ph.D
    }

    /// <summary>Bare domain names: detik.com, news.detik.com/berita, kemlu.go.id.</summary>
    private readonly int ScanDomain(int start, int dot)
    {
        var text = _text;
        for (var m = start; m < dot; m++)
            if (!char.IsAsciiLetterOrDigit(text[m]) && text[m] != '-') return dot;
        var k = dot;
        var lastStart = dot;
        var labels = 0;
        while (k + 1 < text.Length && text[k] == '.' && char.IsAsciiLetterOrDigit(text[k + 1]))
        {
            if (++labels > 8 || k - start > 253) return dot; // bounded: keeps the scan linear
            var m = k + 1;
            while (m < text.Length && (char.IsAsciiLetterOrDigit(text[m]) || text[m] == '-')) m++;
            if (m < text.Length && CharClass.IsWordChar(text[m])) return dot;
            lastStart = k + 1;
            k = m;
        }
        if (lastStart == dot || !TokenizerLexicon.IsDomainSuffix(text[lastStart..k])) return dot;
        if (k < text.Length && text[k] == '/')
        {
            var open = 0;
            while (k < text.Length && !CharClass.IsSpace(text[k]) && text[k] is not ('<' or '>' or '"'))
            {
                if (text[k] == '(') open++;
                else if (text[k] == ')') open--;
                k++;
            }
            return TrimUrlEnd(start, k, open);
        }
        return k;
    }

    /// <summary>
    /// A word or number followed by a slash. The slash stays inside codes and references
    /// (C/O, II/2007, 34/PMK.011/2007, Kep-176/KM.10/7) and dates (31/12/2024, 27/12); elsewhere it is
    /// its own token (KCNA/Reuters, dan/atau, 9.100/9.105), as in UD.
    /// </summary>
    private readonly int ScanSlash(int start, int slash, ref TokenKind kind)
    {
        var text = _text;
        var j = slash;
        var joined = false;
        while (j + 1 < text.Length && text[j] == '/' && CharClass.IsWordChar(text[j + 1]))
        {
            var left = text[start..j];
            var k = j + 1;
            while (k < text.Length && (CharClass.IsWordChar(text[k]) ||
                   (text[k] is '.' or '-' && k + 1 < text.Length && CharClass.IsWordChar(text[k + 1]))))
                k++;
            var right = text[(j + 1)..k];
            var lastLeft = left[(left.LastIndexOf('/') + 1)..];
            var join = (lastLeft.Length == 1 && right.Length == 1 && CharClass.IsLetter(lastLeft[0]) && CharClass.IsLetter(right[0]))
                || (IsRoman(lastLeft) && AllDigits(right))
                || IsCode(lastLeft) || IsCode(right);
            if (!join) break;
            joined = true;
            j = k;
        }
        if (joined) kind = TokenKind.Word;
        return joined ? j : slash;
    }

    private static bool IsCode(ReadOnlySpan<char> s)
    {
        var letter = false;
        var digit = false;
        foreach (var c in s)
        {
            if (CharClass.IsDigit(c)) digit = true;
            else if (CharClass.IsLetter(c)) letter = true;
        }
        return letter && digit;
    }

    private static bool IsRoman(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 4) return false;
        foreach (var c in s)
            if (c is not ('I' or 'V' or 'X')) return false;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s)
            if (!CharClass.IsDigit(c)) return false;
        return true;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (CharClass.IsDigit(c)) return true;
        return false;
    }

    private static bool AllLetters(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s)
            if (!CharClass.IsLetter(c)) return false;
        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
