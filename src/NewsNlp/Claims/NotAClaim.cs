using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Claims;

/// <summary>
/// Numbers that are not quantities the text asserts (SPEC.md): dates and years, clock times, ordinals,
/// identifiers (<c>Pasal 5</c>, <c>GA-181</c>, phone numbers), numbers inside names (<c>Covid-19</c>,
/// <c>Boeing 737</c>), page furniture (<c>Halaman 2 dari 2</c>) and list numbering.
/// </summary>
internal static class NotAClaim
{
    /// <summary>A state or place named in the currency after the number (<c>45.000 dolar Singapura</c>): the unit's own words.</summary>
    private static bool IsCurrencyState(NumberMatch m, int i, Entities.Entity entity) =>
        i > m.FirstToken && entity.Type is Entities.EntityType.State or Entities.EntityType.Location
        && m.Unit is { Length: 3 } code && char.IsUpper(code[0]) && char.IsUpper(code[1]) && char.IsUpper(code[2]);

    /// <summary>Why the raw match is not a claim, or null when it may be one.</summary>
    public static string? Check(ClaimContext c, NumberMatch m, int sentenceFirst, int sentenceEnd, int lastIdentifierEnd)
    {
        if (m.Kind == NumberKind.Ordinal) return "ordinal";
        for (var i = m.FirstToken; i < m.EndToken; i++)
        {
            var kind = c.Tok(i).Kind;
            if (kind is TokenKind.Date or TokenKind.Time or TokenKind.Ordinal) return kind.ToString().ToLowerInvariant();
            if (c.EntityAt(i) is { } entity && !IsCurrencyState(m, i, entity)) return "inside an entity";
        }

        if (m.EndToken - m.FirstToken == 1 && c.IsWord(m.FirstToken))
        {
            var word = c.Lower(m.FirstToken);
            if (word.StartsWith("ke", StringComparison.Ordinal)) return "ordinal or collective (kedua)";
            if (m.Value == 1 && word.StartsWith("se", StringComparison.Ordinal)) return "article (seorang, sebuah)";
            if (m.Value == 1 && c.Is(m.FirstToken - 1, "salah")) return "salah satu";
        }

        var text = c.Doc.Text;
        var prev = m.FirstToken - 1;
        while (prev >= sentenceFirst && c.IsPunct(prev) && c.Span(prev)[0] is '(' or '[') prev--;
        // "No. 182": a dot glued to the word before it
        // (the splitter may have ended a sentence there: "Lt. 4")
        if (prev >= 1 && prev >= sentenceFirst - 1 && c.Is(prev, ".") && c.Tok(prev - 1).End == c.Tok(prev).Start && c.IsWord(prev - 1))
        {
            prev--;
            sentenceFirst = Math.Min(sentenceFirst, prev);
        }
        if (prev >= sentenceFirst && c.IsWord(prev))
        {
            var before = c.Lower(prev);
            // ke level 7.052,41: an index's value, not Level 3; volume 21,3 miliar saham: a multiplier makes a quantity
            var quantity = before == "level" && (m.Value >= 100 || m.Value != Math.Floor(m.Value)) || HasMultiplierWord(c, m);
            if (c.Lex.IdentifierWords.Contains(before) && !quantity && !(before == "jam" && !NextIsTimeWord(c, m.EndToken, sentenceEnd))
                && (before is "tahun" or "thn" or "th" || (m.Unit is null || IsTimeUnit(m.Unit)) && !NextIsUnit(c, m.EndToken, sentenceEnd))) return "identifier";
            if (c.Lex.ScoreWords.Contains(before) && (m.Kind == NumberKind.Range || c.Is(m.EndToken, "-") || c.Is(m.EndToken, "–")))
                return "identifier (score)";
            if (c.Lex.Months.Contains(before)) return "date (month before)";
            if (before == "ke" && prev == m.FirstToken - 1 && m.Unit is null && !NextIsUnit(c, m.EndToken, sentenceEnd) && !CountsSomething(c, m.EndToken, sentenceEnd))
                return "ordinal (ke 48)";
        }
        if (lastIdentifierEnd >= 0 && m.FirstToken == lastIdentifierEnd + 1 && (c.Is(lastIdentifierEnd, "dari") || c.Is(lastIdentifierEnd, "/") || c.Is(lastIdentifierEnd, "-")))
            return "identifier (N dari M)";
        if (m.EndToken < sentenceEnd && c.IsWord(m.EndToken) && c.Lex.Months.Contains(c.Lower(m.EndToken))) return "date (month after)";
        if (NextIsTimeWord(c, m.EndToken, sentenceEnd)) return "clock time";

        var first = c.Tok(m.FirstToken);
        var raw = c.Span(m.FirstToken);
        if (first.Kind == TokenKind.Number)
        {
            if (raw.Length >= 2 && raw[0] == '0' && char.IsDigit(raw[1])) return "phone or code";
            var digits = 0;
            foreach (var ch in raw) if (char.IsDigit(ch)) digits++;
            if (digits >= 9 && raw.IndexOfAny('.', ',') < 0) return "phone or code";
            if (m.Start >= 2 && text[m.Start - 1] == '-' && char.IsLetter(text[m.Start - 2])) return "inside a name (Covid-19)";
            if (m.Start >= 1 && char.IsLetter(text[m.Start - 1])) return "inside a name";
            if (m.Start >= 1 && text[m.Start - 1] == '+') return "phone or code";
            if (IsYearLike(raw, m) && (!NextIsClassifier(c, m.EndToken, sentenceEnd) || c.IsWord(m.FirstToken - 1) && c.Lex.YearWords.Contains(c.Lower(m.FirstToken - 1))))
                return "year";
        }

        if (IsListNumber(c, m, sentenceEnd)) return "list numbering";
        if (IsShortCaps(c, m.FirstToken - 1, 2) && IsShortCaps(c, m.EndToken, 3)) return "vehicle plate (B 1234 ABC)";
        if (OnFurnitureLine(c, m)) return "page furniture line";
        if (IsInsideName(c, m, prev, sentenceFirst, sentenceEnd)) return "inside a name";
        return null;
    }

    /// <summary>True when the match holds a multiplier word (<c>21,3 miliar</c>, <c>dua juta</c>).</summary>
    private static bool HasMultiplierWord(ClaimContext c, NumberMatch m)
    {
        for (var i = m.FirstToken; i < m.EndToken; i++)
            if (c.IsWord(i) && c.Lex.Multipliers.ContainsKey(c.Lower(i))) return true;
        return false;
    }

    /// <summary>True when the quantity is a relative date (<c>3 hari lalu</c>), not a duration.</summary>
    public static bool IsRelativeDate(ClaimContext c, Quantity q, int sentenceEnd)
    {
        var i = q.End;
        if (q.Unit is null && i < sentenceEnd && (c.Is(i, "pekan") || c.Is(i, "minggu"))) i++;
        else if (q.Unit is not ("year" or "month" or "day" or "hour" or "minute")) return false;
        if (i >= sentenceEnd || !c.IsWord(i) || c.Lex.ElapsedTime.Contains(c.Lower(i))) return false;
        return c.Lex.RelativeTime.Contains(c.Lower(i)) || c.Is(i, "yang") && c.Is(i + 1, "lalu") || c.Is(i, "ke") && c.Is(i + 1, "depan");
    }

    private static bool IsShortCaps(ClaimContext c, int i, int max)
    {
        if (!c.IsWord(i)) return false;
        var span = c.Span(i);
        if (span.Length > max) return false;
        foreach (var ch in span)
            if (!char.IsAsciiLetterUpper(ch)) return false;
        return true;
    }

    /// <summary>True when the number stands on a line that opens with "Baca juga" or the like.</summary>
    private static bool OnFurnitureLine(ClaimContext c, NumberMatch m)
    {
        var text = c.Doc.Text;
        var lineStart = c.LineStart(m.Start);
        var line = text.AsSpan(lineStart, m.Start - lineStart).TrimStart();
        foreach (var words in c.Lex.FurnitureLines)
        {
            var rest = line;
            var all = true;
            foreach (var word in words)
            {
                if (!rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)) { all = false; break; }
                rest = rest[word.Length..].TrimStart();
            }
            if (all) return true;
        }
        return false;
    }

    /// <summary>True when the quantity is followed by a month name (<c>10 hingga 11 Oktober</c>).</summary>
    public static bool IsDateRange(ClaimContext c, Quantity q, int sentenceEnd) =>
        q.End < sentenceEnd && c.IsWord(q.End) && c.Lex.Months.Contains(c.Lower(q.End));

    /// <summary>True when a measure word other than a time unit follows (<c>level 8,25 persen</c>).</summary>
    private static bool NextIsUnit(ClaimContext c, int i, int sentenceEnd) =>
        i < sentenceEnd && (c.Is(i, "%") || c.Lex.Multipliers.ContainsKey(c.Lower(i))
            || c.Lex.Units.TryGetValue(c.Lower(i), out var unit) && !IsTimeUnit(unit));

    private static bool IsTimeUnit(string unit) => unit is "year" or "month" or "week" or "day" or "hour" or "minute" or "second" or "decade" or "century";

    private static bool NextIsClassifier(ClaimContext c, int i, int sentenceEnd) =>
        i < sentenceEnd && c.IsWord(i) && c.Lex.Classifiers.Contains(c.Lower(i));

    private static bool NextIsTimeWord(ClaimContext c, int i, int sentenceEnd) =>
        i < sentenceEnd && c.IsWord(i) && c.Lex.TimeWords.Contains(c.Lower(i));

    private static bool IsYearLike(ReadOnlySpan<char> raw, NumberMatch m) =>
        m.Unit is null && raw.Length == 4 && m.Value is >= 1900 and <= 2100 && m.EndToken - m.FirstToken == 1;

    /// <summary>True when token <paramref name="i"/> is a noun or classifier that the number counts.</summary>
    private static bool CountsSomething(ClaimContext c, int i, int sentenceEnd) =>
        i < sentenceEnd && (c.IsWord(i) && c.Lex.Classifiers.Contains(c.Lower(i)) || WordClass.IsNoun(c, i));

    private static bool IsListNumber(ClaimContext c, NumberMatch m, int sentenceEnd)
    {
        var text = c.Doc.Text;
        var lineStart = m.Start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
        var atLineStart = lineStart == 0 || text[lineStart - 1] is '\n' or '\r';
        var next = m.EndToken;
        if (atLineStart && next < c.Count && c.IsPunct(next) && c.Span(next)[0] is '.' or ')') return true;
        // "(2)" standing alone: an item or article number, unless it is an age after a name (handled by the caller).
        return c.Is(m.FirstToken - 1, "(") && c.Is(next, ")") && !c.StartsUpper(m.FirstToken - 2) && m.EndToken - m.FirstToken == 1
            && !CountsSomething(c, next, sentenceEnd);
    }

    /// <summary>"Boeing 737 jatuh", "Piala Dunia 2022": a bare number right after a capitalized name that counts nothing.</summary>
    private static bool IsInsideName(ClaimContext c, NumberMatch m, int prev, int sentenceFirst, int sentenceEnd)
    {
        if (prev != m.FirstToken - 1 || prev < sentenceFirst || !c.StartsUpper(prev) || c.IsSentenceFirst(prev) || m.Unit is not null) return false;
        if (c.Span(m.FirstToken).IndexOfAny('.', ',') >= 0) return false;
        if (c.Lex.Bounds.Any(b => b.Words.Length == 1 && c.Is(prev, b.Words[0]))) return false;
        var entity = c.EntityAt(prev);
        if (entity is { Type: Entities.EntityType.Date }) return false;
        var next = m.EndToken;
        if (next < sentenceEnd && c.IsWord(next) && (c.Lex.Units.ContainsKey(c.Lower(next)) || c.Lex.Multipliers.ContainsKey(c.Lower(next)) || c.Is(next, "lebih"))) return false;
        return !CountsSomething(c, next, sentenceEnd);
    }
}
