using NewsNlp.Dates;

namespace NewsNlp.Numbers;

/// <summary>
/// The hand-written scanner behind <see cref="NumberRecognizer"/>: reads number expressions
/// from <see cref="Piece"/>s, one left-to-right pass with a few pieces of look-ahead, no backtracking.
/// </summary>
internal static class NumberScanner
{
    /// <summary>A number expression over pieces <c>[First, End)</c>.</summary>
    internal struct Quantity
    {
        public int First;
        public int End;
        public double Value;
        public double Low;
        public double High;
        public NumberKind Kind;
        public string? Unit;
        public double Factor;
        public DigitParser.Shape Shape;
        public bool FromDigits;

        public static Quantity Single(int first, int end, double value, NumberKind kind) => new()
        {
            First = first, End = end, Value = value, Low = value, High = value, Kind = kind, Factor = 1,
        };
    }

    /// <summary>All number expressions of <paramref name="p"/>, in order, not overlapping.</summary>
    public static List<Quantity> Scan(PieceText p) => Scan(p, skipQuietWords: true);

    /// <summary>
    /// <see cref="Scan(PieceText)"/>; with <paramref name="skipQuietWords"/> false every word is read, even those
    /// <see cref="NumberLexicon.MayOpen"/> turns away (tests check that both give the same numbers).
    /// </summary>
    internal static List<Quantity> Scan(PieceText p, bool skipQuietWords)
    {
        var found = new List<Quantity>();
        var lex = NumberLexicon.Instance;
        var i = 0;
        while (i < p.Count)
        {
            if ((skipQuietWords && p.Pieces[i].Kind == PieceKind.Letters && !lex.MayOpen(p.Span(i))) || !TryRead(p, i, out var q))
            {
                i++;
                continue;
            }
            if (q.Kind is NumberKind.Cardinal or NumberKind.Year)
                TryExtendRange(p, ref q);
            ClassifyYear(p, ref q);
            ClassifyDayOfMonth(p, ref q);
            found.Add(q);
            i = Math.Max(q.End, i + 1);
        }
        return found;
    }

    /// <summary>A quantity at piece <paramref name="i"/>, with a currency before it or a unit after it.</summary>
    private static bool TryRead(PieceText p, int i, out Quantity q)
    {
        q = default;
        if (i >= p.Count) return false;
        var lex = NumberLexicon.Instance;
        foreach (var unit in lex.PrefixUnits(p.Text[p.Pieces[i].Start]))
        {
            var next = p.Match(i, unit.Surface, unit.CaseSensitive);
            if (next < 0) continue;
            if (TryCore(p, next, money: true, out q) && q.Kind is NumberKind.Cardinal or NumberKind.Approximate)
            {
                q.First = i;
                q.Unit = unit.Code;
                return true;
            }
            break;
        }
        if (!TryCore(p, i, money: false, out q)) return false;
        if (q.Kind is NumberKind.Cardinal or NumberKind.Approximate && q.Unit is null)
            AttachSuffixUnit(p, ref q);
        if (q.FromDigits && q.Kind == NumberKind.Cardinal && q.Unit is null && q.Factor == 1 && p.IsKind(q.End, PieceKind.Letters) && p.Glued(q.End))
            return false; // 5G, 4x4: a code, not a number
        return true;
    }

    private static void AttachSuffixUnit(PieceText p, ref Quantity q)
    {
        if (q.End >= p.Count) return;
        foreach (var unit in NumberLexicon.Instance.SuffixUnits(p.Text[p.Pieces[q.End].Start]))
        {
            var next = p.Match(q.End, unit.Surface, unit.CaseSensitive);
            if (next < 0) continue;
            q.Unit = unit.Code;
            q.End = next;
            return;
        }
    }

    /// <summary>A bare number (digits, words, ordinal, approximate plural) at piece <paramref name="i"/>.</summary>
    private static bool TryCore(PieceText p, int i, bool money, out Quantity q)
    {
        q = default;
        if (p.IsKind(i, PieceKind.Digits))
            return TryDigits(p, i, money, out q);
        if (p.IsKind(i, PieceKind.Letters))
            return TryOrdinalWord(p, i, out q) || TryApproximate(p, i, out q) || TryWords(p, i, out q) || TryOneUnit(p, i, out q);
        return false;
    }

    private static bool TryDigits(PieceText p, int i, bool money, out Quantity q)
    {
        var lex = NumberLexicon.Instance;
        q = default;
        // A digit run glued to letters before it is part of a code: GA-181, G20, B747.
        if (!money && p.Glued(i) && (p.IsKind(i - 1, PieceKind.Letters) ||
            (p.IsSymbol(i - 1, '-') && p.Glued(i - 1) && p.IsKind(i - 2, PieceKind.Letters))))
            return false;
        // A digit run glued after a slash, colon or dash of another digit run was read with it.
        if (p.Glued(i) && p.IsKind(i - 2, PieceKind.Digits) && p.Glued(i - 1) &&
            (p.IsSymbol(i - 1, '/') || p.IsSymbol(i - 1, ':')))
            return false;

        var span = p.Span(i);
        // 31/12/2024, 27/12: a date.
        if (p.IsSymbol(i + 1, '/') && p.Glued(i + 1) && p.IsKind(i + 2, PieceKind.Digits) && p.Glued(i + 2))
        {
            var end = i + 3;
            if (p.IsSymbol(end, '/') && p.Glued(end) && p.IsKind(end + 1, PieceKind.Digits) && p.Glued(end + 1))
                end += 2;
            DigitParser.TryParse(span, false, out var day, out _);
            q = Quantity.Single(i, end, day, NumberKind.Date);
            return true;
        }
        // 08:15: a clock time.
        if (p.IsSymbol(i + 1, ':') && p.Glued(i + 1) && p.IsKind(i + 2, PieceKind.Digits) && p.Glued(i + 2))
        {
            DigitParser.TryParse(span, false, out var hours, out _);
            DigitParser.TryParse(p.Span(i + 2), false, out var minutes, out _);
            q = Quantity.Single(i, i + 3, hours + minutes / 60, NumberKind.Time);
            if (p.In(q.End, lex.TimeAfter)) q.End++;
            return true;
        }
        var english = FollowedByEnglishMultiplier(p, i + 1);
        if (!DigitParser.TryParse(span, english, out var value, out var shape)) return false;
        q = Quantity.Single(i, i + 1, value, NumberKind.Cardinal);
        q.Shape = shape;
        q.FromDigits = true;

        // 1990-an, 90-an: a decade.
        if (shape.HasFlag(DigitParser.Shape.Plain) &&
            ((p.IsSymbol(i + 1, '-') && p.Glued(i + 1) && p.Is(i + 2, "an") && p.Glued(i + 2)) || (p.Is(i + 1, "an") && p.Glued(i + 1))))
        {
            q.End = p.Is(i + 1, "an") ? i + 2 : i + 3;
            q.Kind = NumberKind.Year;
            q.High = value + 9;
            // berusia 60-an tahun: an approximate age, not a decade.
            var age = q;
            AttachSuffixUnit(p, ref age);
            if (age.Unit is not null && NumberLexicon.Instance.UnitsByCode.GetValueOrDefault(age.Unit) == "duration")
            {
                age.Kind = NumberKind.Approximate;
                q = age;
            }
            return true;
        }
        // 14.30 WIB, pukul 14.30, pukul 9: a clock time.
        var timeBefore = p.In(i - 1, lex.TimeBefore);
        var timeAfter = p.In(i + 1, lex.TimeAfter);
        if ((shape.HasFlag(DigitParser.Shape.ClockLike) && (timeBefore || timeAfter) && LooksLikeClock(span)) ||
            (shape.HasFlag(DigitParser.Shape.Plain) && value <= 24 && (timeBefore && !p.Is(i - 1, "jam") || timeAfter)))
        {
            var hours = Math.Floor(value);
            q.Value = q.Low = q.High = hours + Math.Round((value - hours) * 100) / 60;
            q.Kind = NumberKind.Time;
            if (timeAfter) q.End++;
            return true;
        }
        // Multiplier: 1,5 juta, 3ribu, Rp5 M, US$1.5 million.
        foreach (var m in lex.Multipliers)
        {
            var next = p.Match(i + 1, m.Surface, m.CaseSensitive);
            if (next < 0 || !p.IsKind(i + 1, PieceKind.Letters)) continue;
            var ok = m.Use switch
            {
                MultiplierUse.English => english,
                MultiplierUse.Money => money || FollowedByCurrency(p, next),
                _ => true,
            };
            if (!ok) continue;
            q.Value = q.Low = q.High = Multiply(value, m.Factor);
            q.Factor = m.Factor;
            q.End = next;
            break;
        }
        return true;
    }

    /// <summary>value × factor without binary noise (4,1 juta is 4100000, not 4099999.9999999995).</summary>
    private static double Multiply(double value, double factor)
    {
        var product = value * factor;
        if (Math.Abs(product) >= 7.9e27) return product;
        return (double)((decimal)value * (decimal)factor);
    }

    private static bool LooksLikeClock(ReadOnlySpan<char> s)
    {
        var dot = s.IndexOf('.');
        if (dot is < 1 or > 2) return false;
        var hours = s[0] - '0';
        if (dot == 2) hours = hours * 10 + (s[1] - '0');
        var minutes = (s[dot + 1] - '0') * 10 + (s[dot + 2] - '0');
        return hours <= 24 && minutes < 60;
    }

    private static bool FollowedByEnglishMultiplier(PieceText p, int i)
    {
        if (!p.IsKind(i, PieceKind.Letters)) return false;
        foreach (var m in NumberLexicon.Instance.Multipliers)
            if (m.Use == MultiplierUse.English && p.Match(i, m.Surface, m.CaseSensitive) > 0)
                return true;
        return false;
    }

    private static bool FollowedByCurrency(PieceText p, int i)
    {
        if (i >= p.Count) return false;
        foreach (var unit in NumberLexicon.Instance.SuffixUnits(p.Text[p.Pieces[i].Start]))
            if (unit.IsCurrency && p.Match(i, unit.Surface, unit.CaseSensitive) > 0)
                return true;
        return false;
    }

    /// <summary>pertama, ketiga, kedua belas, ke-3.</summary>
    private static bool TryOrdinalWord(PieceText p, int i, out Quantity q)
    {
        var lex = NumberLexicon.Instance;
        q = default;
        if (p.TryGet(i, lex.Ordinals, out var ordinal))
        {
            q = Quantity.Single(i, i + 1, ordinal, NumberKind.Ordinal);
            return true;
        }
        var span = p.Span(i);
        if (span.Length == 2 && span.Equals("ke", StringComparison.OrdinalIgnoreCase))
        {
            if (p.IsSymbol(i + 1, '-') && p.Glued(i + 1) && p.IsKind(i + 2, PieceKind.Digits) && p.Glued(i + 2) &&
                DigitParser.TryParse(p.Span(i + 2), false, out var n, out _))
            {
                q = Quantity.Single(i, i + 3, n, NumberKind.Ordinal);
                return true;
            }
            return false;
        }
        if (span.Length > 2 && span.StartsWith("ke", StringComparison.OrdinalIgnoreCase) &&
            lex.Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span[2..], out var word) &&
            word.Role is WordRole.Digit or WordRole.Whole or WordRole.ScaleWhole && word.Value >= 1)
        {
            if (!TryWords(p, i, out q, firstWord: word)) return false;
            q.Kind = NumberKind.Ordinal;
            return true;
        }
        return false;
    }

    /// <summary>sehari, sepekan, sebulan, setahun, sejam: se- and a one-word duration unit is one of that unit.</summary>
    private static bool TryOneUnit(PieceText p, int i, out Quantity q)
    {
        q = default;
        var lex = NumberLexicon.Instance;
        var span = p.Span(i);
        if (span.Length < 4 || !span.StartsWith("se", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = span[2..];
        string? code = null;
        foreach (var unit in lex.SuffixUnits(rest[0]))
        {
            if (unit.Class == "duration" && !unit.CaseSensitive && rest.Equals(unit.Surface, StringComparison.OrdinalIgnoreCase))
            {
                code = unit.Code;
                break;
            }
        }
        if (code is null) return false;
        // 3.000 ringgit sebulan, tiga kali sehari: a rate ("per month"), not a duration.
        if (p.In(i - 1, lex.WordBlockers) || p.IsKind(i - 1, PieceKind.Digits) || p.TryGet(i - 1, lex.Words, out _)) return false;
        if (i > 0 && p.IsKind(i - 1, PieceKind.Letters))
            foreach (var unit in lex.SuffixUnits(p.Text[p.Pieces[i - 1].Start]))
                if (p.Match(i - 1, unit.Surface, unit.CaseSensitive) == i) return false;
        q = Quantity.Single(i, i + 1, 1, NumberKind.Cardinal);
        q.Unit = code;
        return true;
    }

    /// <summary>ratusan, puluhan ribu, jutaan.</summary>
    private static bool TryApproximate(PieceText p, int i, out Quantity q)
    {
        var lex = NumberLexicon.Instance;
        q = default;
        if (!p.TryGet(i, lex.Approximates, out var a)) return false;
        q = new Quantity { First = i, End = i + 1, Value = a.Value, Low = a.Low, High = a.High, Kind = NumberKind.Approximate, Factor = 1 };
        if (p.TryGet(i + 1, lex.Words, out var w) && w.Role == WordRole.Scale)
        {
            q.Value *= w.Value;
            q.Low *= w.Value;
            q.High = (q.High + 1) * w.Value - 1;
            q.Factor = w.Value;
            q.End = i + 2;
        }
        return true;
    }

    /// <summary>
    /// Number words and compounds: sepuluh, dua belas, seratus dua puluh lima, satu setengah juta.
    /// <paramref name="firstWord"/> stands for piece <paramref name="i"/> when it is read another way (ketiga).
    /// </summary>
    private static bool TryWords(PieceText p, int i, out Quantity q, (double Value, WordRole Role)? firstWord = null)
    {
        var lex = NumberLexicon.Instance;
        q = default;
        double total = 0, group = 0, pending = 0;
        bool hasPending = false, any = false;
        var j = i;
        for (; j < p.Count; j++)
        {
            (double Value, WordRole Role) w;
            if (j == i && firstWord is { } first) w = first;
            else if (!p.TryGet(j, lex.Words, out w)) break;
            if (j > i && p.Glued(j)) break;
            var ok = true;
            switch (w.Role)
            {
                case WordRole.Digit:
                    if (hasPending) ok = false;
                    else { pending = w.Value; hasPending = true; }
                    break;
                case WordRole.Whole:
                    if (hasPending) ok = false;
                    else group += w.Value;
                    break;
                case WordRole.Teen:
                    if (!hasPending) ok = false;
                    else { group += pending + 10; pending = 0; hasPending = false; }
                    break;
                case WordRole.Tens:
                case WordRole.Hundreds:
                    if (!hasPending) ok = false;
                    else { group += pending * w.Value; pending = 0; hasPending = false; }
                    break;
                case WordRole.Scale:
                    if (!any) ok = false;
                    else { total += (group + pending) * w.Value; group = pending = 0; hasPending = false; }
                    break;
                case WordRole.ScaleWhole:
                    if (hasPending || group != 0) ok = false;
                    else total += w.Value;
                    break;
                case WordRole.Fraction:
                    if (hasPending && pending >= 1 && pending == Math.Floor(pending)) pending += w.Value;
                    else if (!any) { pending = w.Value; hasPending = true; }
                    else ok = false;
                    break;
            }
            if (!ok) break;
            any = true;
        }
        if (!any) return false;
        // satu-satunya, dua-duanya: reduplication, not a number.
        if (j == i + 1 && p.IsSymbol(j, '-') && p.Glued(j) && p.IsKind(j + 1, PieceKind.Letters) && p.Glued(j + 1) &&
            p.Span(j + 1).StartsWith(p.Span(i), StringComparison.OrdinalIgnoreCase))
            return false;
        if (j == i + 1 && p.In(i - 1, lex.WordBlockers)) return false;
        q = Quantity.Single(i, j, total + group + pending, NumberKind.Cardinal);
        return true;
    }

    /// <summary>10-15, 10 hingga 15, antara 10 dan 15, 1,5-2 juta, 2014-2019.</summary>
    private static void TryExtendRange(PieceText p, ref Quantity q)
    {
        var lex = NumberLexicon.Instance;
        var between = p.Is(q.First - 1, "antara");
        var next = -1;
        if (between)
        {
            foreach (var joiner in lex.BetweenJoiners)
                if ((next = p.Match(q.End, joiner, false)) > 0) break;
        }
        else
        {
            foreach (var connector in lex.RangeConnectors)
                if ((next = p.Match(q.End, connector, false)) > 0) break;
        }
        if (next < 0 || !TryRead(p, next, out var high)) return;
        if (high.Kind == NumberKind.Time && q.FromDigits && q.Value <= 24 &&
            (q.Shape.HasFlag(DigitParser.Shape.ClockLike) || q.Shape.HasFlag(DigitParser.Shape.Plain)))
        {
            // 09.00-12.00 WIB: a span of clock times.
            var hours = Math.Floor(q.Value);
            q.Value = q.Low = hours + Math.Round((q.Value - hours) * 100) / 60;
            q.High = high.High;
            q.End = high.End;
            q.Kind = NumberKind.Time;
            return;
        }
        if (high.Kind is not (NumberKind.Cardinal or NumberKind.Year)) return;
        var lowYear = IsYearLike(q);
        var highYear = IsYearLike(high);
        if (lowYear != highYear && !(lowYear && high.Shape.HasFlag(DigitParser.Shape.Plain) && high.Value < 100)) return;
        if (q.Unit is not null && high.Unit is not null && q.Unit != high.Unit) return;
        if (q.Unit is not null && high.Unit is null && high.Factor != q.Factor) return; // 21 % hingga 22,61 miliar
        var low = q.Value;
        var top = high.Value;
        if (lowYear && !highYear) top = Math.Floor(low / 100) * 100 + top; // 2014-15
        if (q.Factor == 1 && high.Factor > 1 && low < top / high.Factor) low *= high.Factor;
        if (low > top) return;
        q.Low = low;
        q.Value = low;
        q.High = top;
        q.End = high.End;
        q.Unit ??= high.Unit;
        q.Factor = Math.Max(q.Factor, high.Factor);
        q.Kind = lowYear ? NumberKind.Year : NumberKind.Range;
    }

    private static bool IsYearLike(in Quantity q) =>
        q.Kind == NumberKind.Year ||
        (q.FromDigits && q.Kind == NumberKind.Cardinal && q.Unit is null && q.Factor == 1 &&
         q.Shape == DigitParser.Shape.Plain && q.Value is >= 1800 and <= 2100);

    /// <summary>
    /// A bare 4-digit number 1800..2100 is a year after tahun/pada/sejak or a month, or with no word after it, or after a
    /// capitalized word, or after a bracketed acronym of a name (<c>Seleksi Nasional Berdasarkan Tes (SNBT) 2025</c>) or a
    /// hyphenated pair of acronyms (<c>UTBK-SNBT 2025</c>), or after an event noun (<c>Pemilu 2029</c>, <c>Pilkada serentak 2024</c>).
    /// </summary>
    private static void ClassifyYear(PieceText p, ref Quantity q)
    {
        if (q.Kind != NumberKind.Cardinal || !IsYearLike(q)) return;
        var lex = NumberLexicon.Instance;
        var before = q.First - 1;
        if (p.In(before, lex.YearBefore) || p.TryGet(before, DateLexicon.Instance.Months, out _) ||
            p.In(before, lex.YearEvents) || (before > 0 && p.In(before, lex.YearEventModifiers) && p.In(before - 1, lex.YearEvents)) ||
            !p.IsKind(q.End, PieceKind.Letters) || p.In(q.End, lex.YearAfter) ||
            (before > 0 && p.IsKind(before, PieceKind.Letters) && char.IsUpper(p.Text[p.Pieces[before].Start]) && !p.IsKind(before - 1, PieceKind.Symbol)) ||
            (before > 1 && p.IsSymbol(before, ')') && p.IsKind(before - 1, PieceKind.Letters) && IsAllUpper(Word(p, before - 1))) ||
            (before > 2 && p.IsKind(before, PieceKind.Letters) && IsAllUpper(Word(p, before)) && p.IsSymbol(before - 1, '-') &&
             p.IsKind(before - 2, PieceKind.Letters) && IsAllUpper(Word(p, before - 2))))
            q.Kind = NumberKind.Year;
    }

    private static ReadOnlySpan<char> Word(PieceText p, int i) => p.Text.AsSpan(p.Pieces[i].Start, p.Pieces[i].Length);

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (var ch in word)
            if (!char.IsUpper(ch)) return false;
        return true;
    }

    /// <summary>The 17 of 17 Desember and the 17-19 of 17-19 Desember are dates.</summary>
    private static void ClassifyDayOfMonth(PieceText p, ref Quantity q)
    {
        if (q.Kind is not (NumberKind.Cardinal or NumberKind.Range) || !q.FromDigits || q.Unit is not null || q.Factor != 1) return;
        if (q.High > 31 || q.Low < 1 || q.Low != Math.Floor(q.Low) || q.High != Math.Floor(q.High)) return;
        if (p.TryGet(q.End, DateLexicon.Instance.Months, out _))
            q.Kind = NumberKind.Date;
    }
}
