using NewsNlp.Text;

namespace NewsNlp.Dates;

/// <summary>Which calendar a month name belongs to.</summary>
internal enum MonthCalendar : byte
{
    Gregorian,
    Islamic,
    Javanese,
}

/// <summary>A month name of <c>Data/dates/months.tsv</c>.</summary>
internal readonly record struct MonthEntry(int Number, MonthCalendar Calendar, bool Standalone, bool Abbreviation = false);

/// <summary>A relative-date word of <c>Data/dates/relative.tsv</c>.</summary>
internal readonly record struct RelativeEntry(string Kind, int Offset);

/// <summary>The date data files, loaded once.</summary>
internal sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> Shared = new(() => new DateLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon built from the embedded data.</summary>
    public static DateLexicon Instance => Shared.Value;

    private DateLexicon()
    {
        var multiword = new List<(string, MonthEntry)>();
        foreach (var row in LanguageData.Rows("dates/months.tsv"))
        {
            var entry = new MonthEntry(int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), row[2] switch
            {
                "islamic" => MonthCalendar.Islamic,
                "javanese" => MonthCalendar.Javanese,
                _ => MonthCalendar.Gregorian,
            }, row.Length > 3 && row[3] == "yes", row[2] == "gregorian-abbr");
            if (row[0].Contains(' ', StringComparison.Ordinal)) multiword.Add((row[0], entry));
            else Months.TryAdd(row[0], entry);
        }
        MultiwordMonths = multiword.OrderByDescending(m => m.Item1.Length).ToArray();
        foreach (var row in LanguageData.Rows("dates/weekdays.tsv"))
            Weekdays.TryAdd(row[0], (DayOfWeek)int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var row in LanguageData.Rows("dates/words.tsv"))
        {
            if (!Words.TryGetValue(row[1], out var set))
                Words[row[1]] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            set.Add(row[0]);
        }
        var relative = new List<(string, RelativeEntry)>();
        foreach (var row in LanguageData.Rows("dates/relative.tsv"))
            relative.Add((row[0], new RelativeEntry(row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture))));
        Relatives = relative.OrderByDescending(r => r.Item1.Length).ToArray();
        IndexClasses();
        _relativesByFirst = Relatives.GroupBy(r => char.ToLowerInvariant(r.Surface[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _multiwordMonthsByFirst = MultiwordMonths.GroupBy(m => char.ToLowerInvariant(m.Surface[0])).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>One-word month names.</summary>
    public Dictionary<string, MonthEntry> Months { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Month names of two words (<c>Rabiul Awal</c>), longest first.</summary>
    public (string Surface, MonthEntry Month)[] MultiwordMonths { get; }

    /// <summary>Weekday names.</summary>
    public Dictionary<string, DayOfWeek> Weekdays { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Word classes of <c>Data/dates/words.tsv</c> (past, future, this, day-part, ...).</summary>
    public Dictionary<string, HashSet<string>> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Relative expressions (<c>kemarin</c>, <c>pekan lalu</c>), longest first.</summary>
    public (string Surface, RelativeEntry Entry)[] Relatives { get; }

    private readonly Dictionary<char, (string Surface, RelativeEntry Entry)[]> _relativesByFirst;
    private readonly Dictionary<char, (string Surface, MonthEntry Month)[]> _multiwordMonthsByFirst;

    /// <summary>The relative expressions starting with <paramref name="c"/>, longest first.</summary>
    public (string Surface, RelativeEntry Entry)[] RelativesStartingWith(char c) =>
        _relativesByFirst.TryGetValue(NewsNlp.Text.CharCase.ToLowerInvariant(c), out var list) ? list : [];

    /// <summary>The two-word month names starting with <paramref name="c"/>, longest first.</summary>
    public (string Surface, MonthEntry Month)[] MultiwordMonthsStartingWith(char c) =>
        _multiwordMonthsByFirst.TryGetValue(NewsNlp.Text.CharCase.ToLowerInvariant(c), out var list) ? list : [];

    /// <summary>The words of class <paramref name="name"/> (empty when none).</summary>
    /// <summary>The bit of word class <paramref name="name"/> in <see cref="ClassesOf"/>'s masks; 0 for a class with no words.</summary>
    public ulong ClassBit(string name) => _classBits.GetValueOrDefault(name);

    /// <summary>The classes <paramref name="word"/> is in (case aside, as <see cref="Class"/> matches), as a mask of <see cref="ClassBit"/>s.</summary>
    public ulong ClassesOf(ReadOnlySpan<char> word) =>
        _asciiClasses!.TryGet(word, out var ascii) ? ascii : _classesByWord.TryGetValue(word, out var mask) ? mask : 0;

    // The same masks for ASCII words, with the ASCII case folded inline (the dictionary's case-insensitive hash was its cost).
    private AsciiWordTable? _asciiClasses;

    private readonly Dictionary<string, ulong> _classBits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _classesByWord =
        new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The bit, in <see cref="ClassesOf"/>'s masks, of the words a date may open with besides the word classes:
    /// weekdays, one-word months, and every prefix of a relative expression or a two-word month (which are
    /// matched char by char, so a piece that opens one is a prefix of it).
    /// </summary>
    public const ulong Opener = 1UL << 62;

    /// <summary>True when every word and surface is plain ASCII, so an ASCII word missing from the masks opens no date.</summary>
    public bool OpenersAscii { get; private set; }

    private void IndexClasses()
    {
        foreach (var (name, words) in Words)
        {
            if (_classBits.Count == 62)
                throw new InvalidDataException("dates/words.tsv has more than 62 word classes.");
            var bit = 1UL << _classBits.Count;
            _classBits[name] = bit;
            foreach (var word in words)
                AddBit(word, bit);
        }
        var openers = Weekdays.Keys.Concat(Months.Keys).ToList();
        foreach (var surface in Relatives.Select(r => r.Surface).Concat(MultiwordMonths.Select(m => m.Surface)))
            for (var n = 1; n <= surface.Length; n++)
                openers.Add(new string(surface.AsSpan(0, n)).ToLowerInvariant());
        foreach (var word in openers)
            AddBit(word, Opener);
        OpenersAscii = _classesByWord.Dictionary.Keys.All(k => System.Text.Ascii.IsValid(k));
        _asciiClasses = new AsciiWordTable(_classesByWord.Dictionary);
    }

    private void AddBit(string word, ulong bit) =>
        _classesByWord.Dictionary[word] = _classesByWord.Dictionary.GetValueOrDefault(word) | bit;

    public HashSet<string> Class(string name) =>
        Words.TryGetValue(name, out var set) ? set : Empty;

    private static readonly HashSet<string> Empty = new(StringComparer.OrdinalIgnoreCase);
}
