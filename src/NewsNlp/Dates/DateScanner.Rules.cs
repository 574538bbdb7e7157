using NewsNlp.Numbers;

namespace NewsNlp.Dates;

/// <summary>The rules of <see cref="DateScanner"/>, one per shape of date expression.</summary>
internal sealed partial class DateScanner
{
    /// <summary>A day, month and maybe year as the text gives them; Day2/Month2 for ranges.</summary>
    private struct Written
    {
        public int Day, Month, Year, Day2, Month2, End;
        public MonthCalendar Calendar;
    }

    /// <summary>Selasa (31/12/2024), Jumat (27/12) lalu, Senin, 9 Februari 2015, Hari Jumat, Sabtu malam, Senin lalu.</summary>
    private bool TryWeekday(int i, out DateHit hit)
    {
        hit = default;
        var j = i;
        if (In(j, "day") && IsCapitalized(j + 1) && _p.TryGet(j + 1, _lex.Weekdays, out _)) j++;
        if (!IsCapitalized(j) || !_p.TryGet(j, _lex.Weekdays, out var weekday)) return false;
        // "Minggu lalu, ..." opening a sentence is last week, not last Sunday: capitals cannot tell them apart there.
        if (weekday == DayOfWeek.Sunday && j == i && (i == 0 || _p.IsKind(i - 1, PieceKind.Symbol)) && _p.Is(i, "Minggu") &&
            (In(i + 1, "past") || In(i + 1, "future") || In(i + 1, "this")))
            return false;
        j = SkipDaypart(j + 1);
        // Jumat pekan lalu: the weekday of another week.
        foreach (var (surface, entry) in j < _p.Count ? _lex.RelativesStartingWith(_p.Text[_p.Pieces[j].Start]) : [])
        {
            if (entry.Kind != "week") continue;
            var afterWeek = _p.Match(j, surface, false);
            if (afterWeek < 0) continue;
            string? inWeek = null;
            if (_reference is { } rw)
            {
                var day = rw.AddDays(7 * entry.Offset);
                inWeek = DateMath.Day(day.AddDays(((int)weekday + 6) % 7 - ((int)day.DayOfWeek + 6) % 7));
            }
            hit = new DateHit(i, afterWeek, inWeek, DatePrecision.Day) { Weekday = weekday };
            return true;
        }
        var k = _p.IsSymbol(j, ',') ? j + 1 : j;
        var bracket = TryBracket(k, out var written);
        if (bracket || TryWritten(k, out written))
        {
            var end = SkipDaypart(written.End);
            var direction = Direction(ref end);
            hit = FromWritten(i, end, written, direction, weekday) with { Dateline = bracket };
            return true;
        }
        var after = j;
        var dir = Direction(ref after, allowThis: true);
        if (dir != 0 && TryBracket(after, out written))
        {
            hit = FromWritten(i, written.End, written, dir == ThisWeek ? 0 : dir, weekday) with { Dateline = true };
            return true;
        }
        string? value = null;
        if (_reference is { } r)
            value = DateMath.Day(dir == ThisWeek
                ? r.AddDays(((int)weekday + 6) % 7 - ((int)r.DayOfWeek + 6) % 7)
                : DateMath.ResolveWeekday(r, weekday, dir));
        hit = new DateHit(i, after, value, DatePrecision.Day) { Weekday = weekday };
        return true;
    }

    /// <summary>17 Desember, 4 Desember 2024, 17-19 Desember, 30 November hingga 3 Desember 2014, 15 Agustus lalu.</summary>
    private bool TryDayMonth(int i, out DateHit hit)
    {
        hit = default;
        if (!TryWritten(i, out var written)) return false;
        var end = written.End;
        var direction = Direction(ref end);
        hit = FromWritten(i, end, written, direction, null);
        return true;
    }

    /// <summary>(9/2), ( 22/3 ): a bracketed day/month without a weekday.</summary>
    private bool TryBracketAlone(int i, out DateHit hit)
    {
        hit = default;
        if (!TryBracket(i, out var written)) return false;
        var end = written.End;
        var direction = Direction(ref end);
        hit = FromWritten(i, end, written, direction, null);
        return true;
    }

    /// <summary>31/12/2024, 8/12/09, 2024-12-31 written without brackets.</summary>
    private bool TryNumericDate(int i, out DateHit hit)
    {
        hit = default;
        if (!PlainNumber(i, out var a) || (_p.Glued(i) && _p.IsKind(i - 1, PieceKind.Letters))) return false;
        foreach (var sep in "/-.")
        {
            if (!(_p.IsSymbol(i + 1, sep) && _p.Glued(i + 1) && PlainNumber(i + 2, out var b) && _p.Glued(i + 2) &&
                  _p.IsSymbol(i + 3, sep) && _p.Glued(i + 3) && PlainNumber(i + 4, out var c) && _p.Glued(i + 4)))
                continue;
            if (_p.IsKind(i + 5, PieceKind.Digits) && _p.Glued(i + 5)) return false;
            Written w;
            if (_p.Span(i).Length == 4 && sep == '-')
                w = new Written { Year = a, Month = b, Day = c, End = i + 5 };
            else if (sep != '-' || _p.Span(i + 4).Length == 4)
                w = new Written { Day = a, Month = b, Year = TwoDigitYear(c, _p.Span(i + 4).Length), End = i + 5 };
            else
                return false;
            if (!DateMath.Valid(w.Day, w.Month, w.Year) || w.Year == 0) return false;
            hit = FromWritten(i, w.End, w, 0, null);
            return true;
        }
        return false;
    }

    /// <summary>Desember lalu, Juni lalu, Februari 2022 (lalu), bulan Juni, September-Desember 2013, Ramadan.</summary>
    private bool TryMonth(int i, out DateHit hit)
    {
        hit = default;
        var j = i;
        var bulan = In(j, "month");
        if (bulan) j++;
        if (!MonthName(j, out var month, out var next)) return false;
        var k = next;
        var month2 = 0;
        var c = Connector(k);
        if (c > 0 && MonthName(c, out var second, out var afterSecond) && second.Calendar == month.Calendar)
        {
            month2 = second.Number;
            k = afterSecond;
        }
        var hasYear = FullYear(k, out var year);
        if (hasYear) k++;
        if (!month.Standalone && !bulan && !hasYear) return false;
        // Wafid Muharram, Ahmad Syawal: a month name right after a capitalized word is part of a name.
        if (!bulan && !hasYear && j > 0 && IsCapitalized(j - 1) && !_p.TryGet(j - 1, _lex.Weekdays, out _) && !In(j - 1, "period") &&
            !(j - 1 == 0)) return false;
        if (hasYear && month.Calendar == MonthCalendar.Islamic && In(k, "hijri")) k++;
        var beforeDirection = k;
        var direction = Direction(ref k);
        // (mei/idn): a reporter's initials; a month standing alone is written with a capital.
        if (!bulan && !hasYear && k == beforeDirection && !IsCapitalized(j)) return false;
        string? value = null;
        if (month.Calendar == MonthCalendar.Gregorian)
        {
            if (hasYear)
                value = month2 > 0
                    ? DateMath.Month(year, month.Number) + "/" + DateMath.Month(year, month2)
                    : DateMath.Month(year, month.Number);
            else if (_reference is { } r)
            {
                var (y, m) = direction == 0 && !bulan && AfterIntent(i)
                    ? DateMath.ResolveMonth(r, month.Number, DateMath.OnOrAfter)
                    : DateMath.ResolveMonth(r, month.Number, direction);
                value = month2 > 0
                    ? DateMath.Month(y, m) + "/" + DateMath.Month(month2 >= m ? y : y + 1, month2)
                    : DateMath.Month(y, m);
            }
        }
        hit = new DateHit(i, k, value, DatePrecision.Month)
        {
            Month = month.Calendar == MonthCalendar.Gregorian ? month.Number : 0,
            Year = hasYear ? year : 0,
        };
        return true;
    }

    /// <summary>True when a word of plan or target (<c>akan</c>, <c>ditargetkan</c>) stands before piece <paramref name="i"/> in its sentence.</summary>
    private bool AfterIntent(int i)
    {
        // The sentence's first such word, found once: a scan back from every month was quadratic in a sentence of many months.
        if (_firstIntent == NotLooked)
        {
            _firstIntent = int.MaxValue;
            for (var k = 0; k < _p.Count; k++)
                if (In(k, "intent")) { _firstIntent = k; break; }
        }
        return _firstIntent < i;
    }

    /// <summary>abad ke-19, abad 21, abad XIX.</summary>
    private bool TryCentury(int i, out DateHit hit)
    {
        hit = default;
        if (!In(i, "century")) return false;
        int ordinal;
        int end;
        if (_p.Is(i + 1, "ke") && _p.IsSymbol(i + 2, '-') && PlainNumber(i + 3, out ordinal)) end = i + 4;
        else if (PlainNumber(i + 1, out ordinal)) end = i + 2;
        else if (_p.IsKind(i + 1, PieceKind.Letters) && Roman(_p.Span(i + 1), out ordinal)) end = i + 2;
        else if (TryNumberAt(i + 1, out var q) && q.Kind == NumberKind.Ordinal && q.Value is >= 1 and <= 30)
        {
            ordinal = (int)q.Value;
            end = q.End;
        }
        else return false;
        if (ordinal is < 1 or > 30) return false;
        var direction = 0;
        if (_p.IsKind(end, PieceKind.Letters) && In(end, "bce")) { end = In(end + 1, "ce") ? end + 2 : end + 1; direction = -1; }
        hit = new DateHit(i, end, direction < 0 ? null : DateMath.Century(ordinal), DatePrecision.Century);
        return true;
    }

    /// <summary>tahun 2025, pada 2022 lalu, 2014-2019, tahun 1990-an, 1990-an, tahun 580 sebelum Masehi.</summary>
    private bool TryYear(int i, out DateHit hit)
    {
        hit = default;
        var j = i;
        var tahun = In(j, "year");
        if (tahun)
        {
            if (In(j + 1, "notyear")) return false;
            j++;
        }
        if (!PlainNumber(j, out var year) || (_p.Glued(j) && _p.IsKind(j - 1, PieceKind.Letters))) return false;
        var digits = _p.Span(j).Length;
        TryNumberAt(j, out var q);
        var end = j + 1;
        // A decade: 1990-an, 90-an.
        if (_p.IsSymbol(end, '-') && _p.Glued(end) && _p.Is(end + 1, "an") && _p.Glued(end + 1)) end += 2;
        else if (_p.Is(end, "an") && _p.Glued(end)) end += 1;
        if (end > j + 1)
        {
            if (digits is not (2 or 4) || year % 10 != 0) return false;
            if (!tahun && In(end, "year")) return false; // berusia 20-an tahun: an age
            string? decade = null;
            if (digits == 4) decade = DateMath.Decade(year);
            else if (_reference is { } r)
            {
                var start = r.Year / 100 * 100 + year;
                if (start > r.Year) start -= 100;
                decade = DateMath.Decade(start);
            }
            hit = new DateHit(i, end, decade, DatePrecision.Decade);
            return true;
        }
        if (!tahun && !(digits == 4 && q.Kind == NumberKind.Year && q.First == j)) return false;
        if (tahun && (digits > 4 || year == 0)) return false;
        // A span of years: 2014-2019, 2014 hingga 2019, 2014-15.
        var year2 = 0;
        var c = Connector(end);
        if (c > 0 && PlainNumber(c, out var y2))
        {
            var d2 = _p.Span(c).Length;
            if (d2 == 2 && digits == 4) y2 = year / 100 * 100 + y2;
            if ((d2 == digits || d2 == 2) && y2 > year && y2 - year < 1000)
            {
                year2 = y2;
                end = c + 1;
            }
        }
        var bce = false;
        if (In(end, "bce") && (In(end + 1, "ce") || _p.Is(end, "SM"))) { bce = true; end = _p.Is(end, "SM") ? end + 1 : end + 2; }
        else if (In(end, "hijri")) { bce = true; end++; }
        else if (_p.Is(end, "Masehi")) end++;
        Direction(ref end);
        string? value = bce ? null : year2 > 0 ? DateMath.Year(year) + "/" + DateMath.Year(year2) : DateMath.Year(year);
        hit = new DateHit(i, end, value, DatePrecision.Year) { Year = year };
        return true;
    }

    /// <summary>kemarin, hari ini, pekan lalu, bulan ini, tahun depan, akhir pekan.</summary>
    private bool TryRelative(int i, out DateHit hit)
    {
        hit = default;
        if (InUnit(i) || In(i - 1, "rate")) return false; // tiga bulan ini, per tahun ini: not this month, this year
        if (i >= _p.Count) return false;
        foreach (var (surface, entry) in _lex.RelativesStartingWith(_p.Text[_p.Pieces[i].Start]))
        {
            var end = _p.Match(i, surface, false);
            if (end < 0) continue;
            hit = new DateHit(i, end, _reference is { } r ? Offset(r, entry.Kind, entry.Offset) : null, Precision(entry.Kind));
            return true;
        }
        return false;
    }

    /// <summary>dua tahun lalu, 3 hari lalu, sepekan lalu, beberapa hari lalu, dua hari lagi.</summary>
    private bool TryCount(int i, out DateHit hit)
    {
        hit = default;
        double count;
        string? unit;
        int end;
        if (TryNumberAt(i, out var q) && q.Kind == NumberKind.Cardinal && q.Unit is not null)
        {
            count = q.Value;
            unit = q.Unit;
            end = q.End;
        }
        else if (In(i, "some") && Unit(i + 1, out unit))
        {
            count = double.NaN;
            end = i + 2;
        }
        else if (_p.IsKind(i, PieceKind.Letters) && _p.Span(i).Length > 3 && _p.Span(i).StartsWith("se", StringComparison.OrdinalIgnoreCase) &&
                 UnitWord(_p.Span(i)[2..], out unit))
        {
            count = 1;
            end = i + 1;
        }
        else return false;
        if (unit is not ("day" or "week" or "month" or "year" or "decade" or "century")) return false;
        int sign;
        if (In(end, "past")) { sign = -1; end++; }
        else if (In(end, "yangpast") && In(end + 1, "past")) { sign = -1; end += 2; }
        else if (In(end, "later") || In(end, "future")) { sign = 1; end++; }
        else if (_p.Is(end, "ke") && _p.Is(end + 1, "depan")) { sign = 1; end += 2; }
        else return false;
        string? value = null;
        if (_reference is { } r && !double.IsNaN(count) && count == Math.Floor(count) && count is >= 0 and <= 5000)
            value = unit is "decade" or "century" ? null : Offset(r, unit, sign * (int)count);
        hit = new DateHit(i, end, value, Precision(unit));
        return true;
    }

    private bool Unit(int i, out string? unit)
    {
        unit = null;
        return _p.IsKind(i, PieceKind.Letters) && UnitWord(_p.Span(i), out unit);
    }

    private static bool UnitWord(ReadOnlySpan<char> word, out string? unit)
    {
        unit = null;
        if (word.IsEmpty) return false;
        foreach (var u in NumberLexicon.Instance.SuffixUnits(word[0]))
        {
            if (u.Class != "duration" || u.CaseSensitive) continue;
            if (word.Equals(u.Surface, StringComparison.OrdinalIgnoreCase))
            {
                unit = u.Code;
                return true;
            }
        }
        return false;
    }

    private static DatePrecision Precision(string kind) => kind switch
    {
        "day" => DatePrecision.Day,
        "week" or "weekend" or "lastweekend" => DatePrecision.Week,
        "month" => DatePrecision.Month,
        "year" => DatePrecision.Year,
        "decade" => DatePrecision.Decade,
        "century" => DatePrecision.Century,
        _ => DatePrecision.None,
    };

    private static string? Offset(DateOnly r, string kind, int offset) => kind switch
    {
        "day" => DateMath.Day(r.AddDays(offset)),
        "week" or "weekend" => DateMath.Week(r.AddDays(7 * offset)),
        "lastweekend" => DateMath.Week(r.AddDays(-(((int)r.DayOfWeek + 1) % 7))),
        "month" => r.AddMonths(offset) is var m ? DateMath.Month(m.Year, m.Month) : null,
        "year" => DateMath.Year(r.Year + offset),
        _ => null,
    };

    // ---- written day/month(/year)

    /// <summary>d Month [year], d-d Month [year], d Month - d Month [year].</summary>
    private bool TryWritten(int i, out Written w)
    {
        w = default;
        if (!DayNumber(i, out var day)) return false;
        var k = i + 1;
        var day2 = 0;
        var c = Connector(k);
        if (c > 0 && DayNumber(c, out var d2) && MonthName(c + 1, out _, out _))
        {
            day2 = d2;
            k = c + 1;
        }
        if (!MonthName(k, out var month, out var next)) return false;
        k = next;
        var month2 = 0;
        if (day2 == 0)
        {
            c = Connector(k);
            if (c > 0 && DayNumber(c, out d2) && MonthName(c + 1, out var second, out var afterSecond) && second.Calendar == month.Calendar)
            {
                day2 = d2;
                month2 = second.Number;
                k = afterSecond;
            }
        }
        var year = 0;
        if (_p.IsSymbol(k, ',') && FullYear(k + 1, out var y0)) { year = y0; k += 2; }
        else if (FullYear(k, out var y1)) { year = y1; k++; }
        if (year > 0 && month.Calendar == MonthCalendar.Islamic && In(k, "hijri")) k++;
        w = new Written { Day = day, Month = month.Number, Year = year, Day2 = day2, Month2 = day2 > 0 ? (month2 > 0 ? month2 : month.Number) : 0, End = k, Calendar = month.Calendar };
        return month.Calendar != MonthCalendar.Gregorian || DateMath.Valid(day, month.Number, year);
    }

    /// <summary>(31/12/2024), (27/12), ( 24/8 ), (8/12/09).</summary>
    private bool TryBracket(int i, out Written w)
    {
        w = default;
        if (!_p.IsSymbol(i, '(')) return false;
        if (!PlainNumber(i + 1, out var day) || !_p.IsSymbol(i + 2, '/') || !PlainNumber(i + 3, out var month)) return false;
        var k = i + 4;
        var year = 0;
        if (_p.IsSymbol(k, '/') && PlainNumber(k + 1, out var y))
        {
            year = TwoDigitYear(y, _p.Span(k + 1).Length);
            k += 2;
        }
        if (!_p.IsSymbol(k, ')')) return false;
        if (!DateMath.Valid(day, month, year)) return false;
        w = new Written { Day = day, Month = month, Year = year, End = k + 1, Calendar = MonthCalendar.Gregorian };
        return true;
    }

    private static int TwoDigitYear(int y, int digits) => digits == 2 ? (y < 50 ? 2000 + y : 1900 + y) : digits == 4 ? y : 0;

    private DateHit FromWritten(int first, int end, Written w, int direction, DayOfWeek? weekday)
    {
        string? value = null;
        var year = w.Year;
        if (w.Calendar == MonthCalendar.Gregorian)
        {
            DateOnly? start = null;
            if (year > 0 && DateMath.Valid(w.Day, w.Month, year)) start = new DateOnly(year, w.Month, w.Day);
            else if (year == 0 && _reference is { } r) start = DateMath.ResolveDayMonth(r, w.Day, w.Month, direction, weekday);
            if (start is { } s)
            {
                value = DateMath.Day(s);
                if (w.Day2 > 0)
                {
                    var endYear = w.Month2 < w.Month ? s.Year + 1 : s.Year;
                    value = DateMath.Valid(w.Day2, w.Month2, endYear) && new DateOnly(endYear, w.Month2, w.Day2) > s
                        ? value + "/" + DateMath.Day(new DateOnly(endYear, w.Month2, w.Day2))
                        : null;
                }
            }
        }
        return new DateHit(first, end, value, DatePrecision.Day)
        {
            Day = w.Calendar == MonthCalendar.Gregorian ? w.Day : 0,
            Month = w.Calendar == MonthCalendar.Gregorian ? w.Month : 0,
            Year = year,
            Weekday = weekday,
        };
    }

    private static bool Roman(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        var previous = 0;
        for (var k = s.Length - 1; k >= 0; k--)
        {
            var v = s[k] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (v == 0) return false;
            value += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return value > 0;
    }
}
