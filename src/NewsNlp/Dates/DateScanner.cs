using NewsNlp.Numbers;

namespace NewsNlp.Dates;

/// <summary>
/// The hand-written scanner behind <see cref="DateTagger"/>: reads calendar expressions from the
/// <see cref="Piece"/>s of one sentence, left to right, trying each rule at each piece; no backtracking.
/// </summary>
internal sealed partial class DateScanner
{
    // A scanner reads one sentence in one Scan call; between calls it waits, emptied, in its thread's slot (Scan takes
    // it out while it works, so a nested call would make its own).
    private PieceText _p = null!;
    private DateOnly? _reference;
    private readonly DateLexicon _lex = DateLexicon.Instance;
    private List<NumberScanner.Quantity> _numbers = null!;
    // Only when the numbers are not in order and apart (the number scanner gives them so): the pieces' numbers and unit pieces by index.
    private Dictionary<int, NumberScanner.Quantity>? _quantities;
    private HashSet<int>? _unitPieces;

    private bool _skipQuietWords;

    private const int NotLooked = -1;

    /// <summary>The sentence's first piece that is a word of plan or target (<see cref="AfterIntent"/>), <see cref="NotLooked"/> until looked for.</summary>
    private int _firstIntent;

    [ThreadStatic]
    private static DateScanner? _idle;

    private void Start(PieceText p, DateOnly? reference, bool skipQuietWords)
    {
        _p = p;
        _reference = reference;
        _skipQuietWords = skipQuietWords;
        _numbers = p.Quantities;
        _firstIntent = NotLooked;
        _classes = null;
        _quantities = null;
        _unitPieces = null;
        if (InOrderApart(_numbers)) return;
        _quantities = [];
        _unitPieces = [];
        foreach (var q in _numbers)
        {
            _quantities[q.First] = q;
            if (q.Unit is not null)
                for (var k = q.First + 1; k < q.End; k++)
                    _unitPieces.Add(k);
        }
    }

    /// <summary>Lets go of the sentence read.</summary>
    private void Finish()
    {
        _p = null!;
        _numbers = null!;
        _classes = null;
        _quantities = null;
        _unitPieces = null;
    }

    /// <summary>True when each number starts after the one before it and after every earlier number ends.</summary>
    private static bool InOrderApart(List<NumberScanner.Quantity> numbers)
    {
        var end = int.MinValue;
        var first = int.MinValue;
        foreach (var q in numbers)
        {
            if (q.First <= first || q.First < end) return false;
            first = q.First;
            end = Math.Max(end, q.End);
        }
        return true;
    }

    /// <summary>The number starting at piece <paramref name="i"/> (default when none).</summary>
    private bool TryNumberAt(int i, out NumberScanner.Quantity q)
    {
        if (_quantities is not null) return _quantities.TryGetValue(i, out q);
        var k = LastStartingBefore(i + 1);
        if (k >= 0 && _numbers[k].First == i)
        {
            q = _numbers[k];
            return true;
        }
        q = default;
        return false;
    }

    /// <summary>True when piece <paramref name="i"/> is inside a number with a unit, after its first piece (<c>tiga | bulan</c>).</summary>
    private bool InUnit(int i)
    {
        if (_unitPieces is not null) return _unitPieces.Contains(i);
        var k = LastStartingBefore(i);
        return k >= 0 && _numbers[k].Unit is not null && i < _numbers[k].End;
    }

    /// <summary>The index of the last number that starts before piece <paramref name="i"/>, or -1 (numbers in order).</summary>
    private int LastStartingBefore(int i)
    {
        int lo = 0, hi = _numbers.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_numbers[mid].First < i) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>The date expressions of <paramref name="p"/>, in order, not overlapping (callers do not change the list).</summary>
    public static List<DateHit> Scan(PieceText p, DateOnly? reference) => Scan(p, reference, skipQuietWords: true);

    /// <summary>
    /// <see cref="Scan(PieceText, DateOnly?)"/>; with <paramref name="skipQuietWords"/> false every rule is tried at
    /// every word, even those <see cref="MayOpen"/> turns away (tests check that both give the same dates).
    /// </summary>
    internal static List<DateHit> Scan(PieceText p, DateOnly? reference, bool skipQuietWords)
    {
        var scanner = _idle ?? new DateScanner();
        _idle = null;
        scanner.Start(p, reference, skipQuietWords);
        List<DateHit>? hits = null;
        var i = 0;
        while (i < p.Count)
        {
            if (scanner.TryAt(i, out var hit) && hit.End > i)
            {
                (hits ??= []).Add(hit);
                i = hit.End;
            }
            else
            {
                i++;
            }
        }
        scanner.Finish();
        _idle = scanner;
        return hits ?? NoHits;
    }

    // Most sentences hold no date: they all get this one empty list (callers only read the lists).
    private static readonly List<DateHit> NoHits = [];

    private bool TryAt(int i, out DateHit hit)
    {
        hit = default;
        if (_p.Pieces[i].Kind == PieceKind.Symbol && !_p.IsSymbol(i, '(')) return false;
        if (_skipQuietWords && _p.Pieces[i].Kind == PieceKind.Letters && !MayOpen(i)) return false;
        if (TryWeekday(i, out hit) || TryRelative(i, out hit)) return true;
        // awal 2025, akhir Mei, pertengahan tahun ini: the period word is part of the span, the value is the period's.
        if (In(i, "period") && (TryWeekday(i + 1, out hit) || TryRelative(i + 1, out hit) || TryInner(i + 1, out hit)))
        {
            hit = hit with { First = i };
            return true;
        }
        if (In(i, "period") && TryPeriodOfThisYear(i, out hit)) return true;
        return TryInner(i, out hit);
    }

    /// <summary>
    /// "hingga akhir tahun", "awal tahun": a period of the year with nothing after <c>tahun</c> is this year's (the
    /// reference's); not a fiscal or school year (<c>akhir tahun anggaran</c>) nor a recurring one (<c>setiap akhir tahun</c>).
    /// </summary>
    private bool TryPeriodOfThisYear(int i, out DateHit hit)
    {
        hit = default;
        if (!In(i + 1, "year") || _p.Is(i - 1, "setiap") || _p.Is(i - 1, "tiap") || _p.Is(i - 1, "per")) return false;
        if (i + 2 < _p.Count && (_p.IsKind(i + 2, PieceKind.Digits) || In(i + 2, "yearkind"))) return false;
        hit = new DateHit(i, i + 2, _reference is { } r ? DateMath.Year(r.Year) : null, DatePrecision.Year);
        return true;
    }

    /// <summary>
    /// False for a word no rule opens a date with: in no word class, no weekday, month or prefix of a relative
    /// expression (<see cref="DateLexicon.Opener"/>), no number starting there, not <c>se-</c> (<c>sepekan</c>).
    /// Checked on ASCII words only, where the masks' case-insensitive lookup and the rules' char matching agree.
    /// </summary>
    private bool MayOpen(int i)
    {
        if ((ClassesOf(i) & ~Looked) != 0 || !_lex.OpenersAscii) return true;
        var word = _p.Span(i);
        return !System.Text.Ascii.IsValid(word) || TryNumberAt(i, out _) ||
               (word.Length > 3 && word.StartsWith("se", StringComparison.OrdinalIgnoreCase));
    }

    private bool TryInner(int i, out DateHit hit) =>
        TryDayMonth(i, out hit) || TryBracketAlone(i, out hit) || TryNumericDate(i, out hit) ||
        TryMonth(i, out hit) || TryCentury(i, out hit) || TryCount(i, out hit) || TryYear(i, out hit);

    // ---- shared readers

    private bool In(int i, string cls) => _p.IsKind(i, PieceKind.Letters) && (ClassesOf(i) & _lex.ClassBit(cls)) != 0;

    // The word classes of each piece, looked up once a piece (bit 63 marks a piece looked up).
    private ulong[]? _classes;

    private ulong ClassesOf(int i)
    {
        if (_classes is null)
        {
            // A scanner lives within one Scan call on one thread: it borrows the thread's buffer.
            _classes = _classBuffer is { } buffer && buffer.Length >= _p.Count ? buffer : new ulong[Math.Max(64, _p.Count)];
            _classBuffer = _classes.Length <= 4096 ? _classes : null;
            Array.Clear(_classes, 0, _p.Count);
        }
        var mask = _classes[i];
        if (mask == 0)
            _classes[i] = mask = _lex.ClassesOf(_p.Span(i)) | Looked;
        return mask;
    }

    private const ulong Looked = 1UL << 63;

    [ThreadStatic]
    private static ulong[]? _classBuffer;

    private bool IsCapitalized(int i) => _p.IsKind(i, PieceKind.Letters) && char.IsUpper(_p.Text[_p.Pieces[i].Start]);

    /// <summary>A plain digit run (no separators) and its value.</summary>
    private bool PlainNumber(int i, out int value)
    {
        value = 0;
        if (!_p.IsKind(i, PieceKind.Digits)) return false;
        var s = _p.Span(i);
        if (s.Length > 4) return false;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>A day of month: a plain number 1..31 not glued to letters.</summary>
    private bool DayNumber(int i, out int day) =>
        PlainNumber(i, out day) && day is >= 1 and <= 31 && _p.Span(i).Length <= 2 && !(_p.Glued(i) && _p.IsKind(i - 1, PieceKind.Letters));

    /// <summary>A year written in full: four digits 1000..2999 not glued to letters.</summary>
    private bool FullYear(int i, out int year) =>
        PlainNumber(i, out year) && _p.Span(i).Length == 4 && year is >= 1000 and <= 2999 && !(_p.Glued(i) && _p.IsKind(i - 1, PieceKind.Letters));

    /// <summary>A month name at <paramref name="i"/>; <paramref name="next"/> is the piece after it.</summary>
    private bool MonthName(int i, out MonthEntry month, out int next)
    {
        if ((uint)i >= (uint)_p.Count)
        {
            month = default;
            next = -1;
            return false;
        }
        foreach (var (surface, entry) in _lex.MultiwordMonthsStartingWith(_p.Text[_p.Pieces[i].Start]))
        {
            next = _p.Match(i, surface, false);
            if (next > 0)
            {
                month = entry;
                return true;
            }
        }
        next = i + 1;
        if (!_p.TryGet(i, _lex.Months, out month)) return false;
        if (month.Calendar != MonthCalendar.Gregorian && !IsCapitalized(i)) return false;
        if (month.Abbreviation && _p.IsSymbol(next, '.') && _p.Glued(next) && _p.IsKind(next + 1, PieceKind.Digits)) next++; // Des. 2024
        return true;
    }

    /// <summary>A range connector at <paramref name="i"/> (-, hingga, sampai, s.d.); the piece after it, or -1.</summary>
    private int Connector(int i)
    {
        foreach (var c in NumberLexicon.Instance.RangeConnectors)
        {
            var next = _p.Match(i, c, false);
            if (next > 0) return next;
        }
        return -1;
    }

    /// <summary>
    /// lalu / silam / yang lalu → -1, depan / mendatang → +1, ini → <see cref="ThisWeek"/> when
    /// <paramref name="allowThis"/>, else 0; <paramref name="i"/> moves past the word.
    /// </summary>
    private int Direction(ref int i, bool allowThis = false)
    {
        if (In(i, "past")) { i++; return -1; }
        if (In(i, "yangpast") && In(i + 1, "past")) { i += 2; return -1; }
        if (In(i, "future")) { i++; return 1; }
        if (allowThis && In(i, "this")) { i++; return ThisWeek; }
        return 0;
    }

    /// <summary>The direction of <c>Rabu ini</c>: the day of the reference's own week.</summary>
    private const int ThisWeek = 2;

    /// <summary>Skips a part of the day after a weekday: malam, pagi, dini hari.</summary>
    private int SkipDaypart(int i)
    {
        if (!In(i, "daypart")) return i;
        return _p.Is(i, "dini") && _p.Is(i + 1, "hari") ? i + 2 : i + 1;
    }
}
