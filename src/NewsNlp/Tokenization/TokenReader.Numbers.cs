namespace NewsNlp.Tokenization;

public ref partial struct TokenReader
{
    /// <summary>
    /// Scans a token that starts with a digit: 10.000, 1,5, 1.234.567,89, 14.30, 08:15, 31/12/2024,
    /// 27/12, 1990-an, 3ribu. A percent sign, a range hyphen (5-10) and a currency are separate tokens.
    /// </summary>
    private readonly int ScanNumber(int i, out TokenKind kind)
    {
        var text = _text;
        var j = SkipDigits(i);
        var firstGroup = j - i;
        var lastGroup = firstGroup;
        var separators = 0;
        var firstSeparator = '\0';
        // At most eight separators (1.234.567.890.123,45 has five): a longer chain is not one number,
        // and keeping tokens short keeps everything after the tokenizer linear.
        while (separators < 8 && j + 1 < text.Length && text[j] is '.' or ',' or ':' && CharClass.IsDigit(text[j + 1]))
        {
            if (separators == 0) firstSeparator = text[j];
            separators++;
            var groupStart = j + 1;
            j = SkipDigits(groupStart);
            lastGroup = j - groupStart;
        }
        kind = TokenKind.Number;
        if (separators == 0 && j + 1 < text.Length && text[j] == '/' && CharClass.IsWordChar(text[j + 1]))
        {
            var date = ScanDate(i, j);
            if (date > j) { kind = TokenKind.Date; return date; }
            var slash = ScanSlash(i, j, ref kind);
            if (slash > j) return slash;
            return j;
        }
        if (j < text.Length && CharClass.IsWordChar(text[j]))
        {
            // Letters glued to digits stay one token: 3ribu, 5km, 2ZR, 5H2O, 18x.
            var unitStart = j;
            while (j < text.Length && CharClass.IsWordChar(text[j])) j++;
            kind = TokenKind.Word;
            if (TokenizerLexicon.IsUnit(text[unitStart..j])) kind = TokenKind.NumberWithUnit;
            return j;
        }
        if (j + 1 < text.Length && text[j] == '-' && CharClass.IsLetter(text[j + 1]))
        {
            // 1990-an (a decade), 03-Oct: digits, hyphen, letters are one token. 5-10 is a range: three tokens.
            var k = j + 1;
            while (k < text.Length && CharClass.IsWordChar(text[k])) k++;
            kind = text[(j + 1)..k] is "an" ? TokenKind.Number : TokenKind.Word;
            return k;
        }
        if (separators >= 1 && firstSeparator is '.' or ':' && firstGroup <= 2 && lastGroup == 2 && IsClock(i, j, separators, firstSeparator))
            kind = TokenKind.Time;
        return j;
    }

    private readonly int SkipDigits(int j)
    {
        var text = _text;
        while (j < text.Length && CharClass.IsDigit(text[j])) j++;
        return j;
    }

    /// <summary>14.30, 08:15, 08:15:30: hours up to 24, minutes and seconds of two digits up to 59.</summary>
    private readonly bool IsClock(int start, int end, int separators, char separator)
    {
        if (separators > 2 || (separators == 2 && separator != ':')) return false;
        var text = _text;
        var value = 0;
        var group = 0;
        for (var k = start; k <= end; k++)
        {
            if (k == end || !CharClass.IsDigit(text[k]))
            {
                if (k < end && text[k] != separator) return false;
                if (group == 0 ? value > 24 : value > 59) return false;
                group++;
                value = 0;
                continue;
            }
            value = value * 10 + (text[k] - '0');
        }
        return true;
    }

    /// <summary>Day/month or day/month/year with a plausible day (1-31) and month (1-12): 31/12/2024, 27/12.</summary>
    private readonly int ScanDate(int start, int slash)
    {
        var text = _text;
        if (slash - start > 2) return slash;
        var day = Value(start, slash);
        var monthEnd = SkipDigits(slash + 1);
        if (monthEnd == slash + 1 || monthEnd - slash - 1 > 2) return slash;
        var month = Value(slash + 1, monthEnd);
        if (day is < 1 or > 31 || month is < 1 or > 12) return slash;
        var end = monthEnd;
        if (end + 1 < text.Length && text[end] == '/' && CharClass.IsDigit(text[end + 1]))
        {
            var yearEnd = SkipDigits(end + 1);
            if (yearEnd - end - 1 is 2 or 4) end = yearEnd;
            else return slash;
        }
        if (end < text.Length && (CharClass.IsWordChar(text[end]) || text[end] == '/')) return slash;
        return end;
    }

    private readonly int Value(int start, int end)
    {
        var value = 0;
        for (var k = start; k < end && k < start + 6; k++) value = value * 10 + (_text[k] - '0');
        return value;
    }
}
