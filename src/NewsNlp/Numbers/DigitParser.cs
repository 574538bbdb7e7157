namespace NewsNlp.Numbers;

/// <summary>
/// Reads a run of digits with separators. Indonesian style: <c>.</c> groups thousands and
/// <c>,</c> marks decimals (<c>1.234.567,89</c>); English style, when the caller knows the
/// context is English (<c>US$1.5 million</c>): the other way round.
/// </summary>
internal static class DigitParser
{
    /// <summary>Facts about a digit run beyond its value.</summary>
    [Flags]
    public enum Shape : byte
    {
        None = 0,
        /// <summary>Digits only, no separator.</summary>
        Plain = 1,
        /// <summary>One dot followed by exactly two digits (<c>14.30</c>): may be a clock time.</summary>
        ClockLike = 2,
        /// <summary>A leading zero on a multi-digit run (<c>08</c>): an identifier or a time, not a count.</summary>
        LeadingZero = 4,
    }

    /// <summary>Parses <paramref name="s"/>; false when it is not a number at all.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, bool english, out double value, out Shape shape)
    {
        value = 0;
        shape = Shape.None;
        if (s.IsEmpty || !char.IsAsciiDigit(s[0])) return false;
        int dots = 0, commas = 0, lastDot = -1, lastComma = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '.') { dots++; lastDot = i; }
            else if (s[i] == ',') { commas++; lastComma = i; }
            else if (!char.IsAsciiDigit(s[i])) return false;
        }
        if (dots + commas == 0) shape |= Shape.Plain;
        if (s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1])) shape |= Shape.LeadingZero;
        if (dots == 1 && commas == 0 && s.Length - lastDot - 1 == 2) shape |= Shape.ClockLike;

        // Which separator, if any, is the decimal mark.
        var decimalAt = -1;
        if (dots > 0 && commas > 0)
            decimalAt = Math.Max(lastDot, lastComma);
        else if (dots == 1 && commas == 0)
            decimalAt = english || !GroupOfThree(s, lastDot) ? lastDot : -1;
        else if (commas == 1 && dots == 0)
            // 2,000 or 7,500: three digits ending in 0 after a lone comma are a thousands group written
            // the English way (an Indonesian decimal does not carry a trailing zero).
            decimalAt = GroupOfThree(s, lastComma) && (english || (s[^1] == '0' && lastComma <= 3)) ? -1 : lastComma;
        // Several dots or several commas alone are thousands groups.

        double mantissa = 0;
        var fractionDigits = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c)) continue;
            mantissa = mantissa * 10 + (c - '0');
            if (decimalAt >= 0 && i > decimalAt) fractionDigits++;
        }
        value = fractionDigits == 0 ? mantissa : mantissa / Math.Pow(10, fractionDigits);
        return !double.IsInfinity(value);
    }

    private static bool GroupOfThree(ReadOnlySpan<char> s, int separator) => s.Length - separator - 1 == 3;
}
