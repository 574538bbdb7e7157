using System.Globalization;
using NewsNlp.Text;

namespace NewsNlp.Numbers;

/// <summary>The role a number word plays in a compound (see <c>Data/numbers/words.tsv</c>).</summary>
internal enum WordRole : byte
{
    Digit,
    Whole,
    Teen,
    Tens,
    Hundreds,
    Scale,
    ScaleWhole,
    Fraction,
}

/// <summary>When a multiplier applies.</summary>
internal enum MultiplierUse : byte
{
    Any,
    Money,
    English,
}

/// <summary>A measure unit entry of <c>Data/numbers/units.tsv</c>.</summary>
internal sealed record UnitEntry(string Surface, string Code, string Class, bool Prefix, bool Suffix, bool CaseSensitive)
{
    public bool IsCurrency => Class == "currency";
}

/// <summary>A multiplier entry of <c>Data/numbers/multipliers.tsv</c>.</summary>
internal sealed record MultiplierEntry(string Surface, double Factor, MultiplierUse Use, bool CaseSensitive);

/// <summary>An approximate plural of <c>Data/numbers/approximate.tsv</c>.</summary>
internal readonly record struct ApproximateEntry(double Value, double Low, double High);

/// <summary>The number data files, loaded once.</summary>
internal sealed class NumberLexicon
{
    private static readonly Lazy<NumberLexicon> Shared = new(() => new NumberLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon built from the embedded data.</summary>
    public static NumberLexicon Instance => Shared.Value;

    private NumberLexicon()
    {
        foreach (var row in LanguageData.Rows("numbers/words.tsv"))
            Words[row[0]] = (Parse(row[1]), row[2] switch
            {
                "digit" => WordRole.Digit,
                "whole" => WordRole.Whole,
                "teen" => WordRole.Teen,
                "tens" => WordRole.Tens,
                "hundreds" => WordRole.Hundreds,
                "scale" => WordRole.Scale,
                "scalewhole" => WordRole.ScaleWhole,
                "fraction" => WordRole.Fraction,
                _ => throw new InvalidDataException("numbers/words.tsv: unknown role " + row[2]),
            });
        var multipliers = new List<MultiplierEntry>();
        foreach (var row in LanguageData.Rows("numbers/multipliers.tsv"))
            multipliers.Add(new MultiplierEntry(row[0], Parse(row[1]), row[2] switch
            {
                "money" => MultiplierUse.Money,
                "english" => MultiplierUse.English,
                _ => MultiplierUse.Any,
            }, row.Length > 3 && row[3] == "cs"));
        Multipliers = multipliers.OrderByDescending(m => m.Surface.Length).ToArray();
        foreach (var row in LanguageData.Rows("numbers/approximate.tsv"))
            Approximates[row[0]] = new ApproximateEntry(Parse(row[1]), Parse(row[2]), Parse(row[3]));
        foreach (var row in LanguageData.Rows("numbers/ordinals.tsv"))
            Ordinals[row[0]] = Parse(row[1]);
        var connectors = new List<string>();
        foreach (var row in LanguageData.Rows("numbers/connectors.tsv"))
        {
            if (row[1] == "between") BetweenJoiners.Add(row[0]);
            else connectors.Add(row[0]);
        }
        RangeConnectors = connectors.OrderByDescending(c => c.Length).ToArray();
        foreach (var row in LanguageData.Rows("numbers/time-markers.tsv"))
            (row[1] == "before" ? TimeBefore : TimeAfter).Add(row[0]);
        foreach (var row in LanguageData.Rows("numbers/year-context.tsv"))
            (row[1] switch { "event" => YearEvents, "eventmod" => YearEventModifiers, "before" => YearBefore, _ => YearAfter }).Add(row[0]);
        foreach (var line in LanguageData.Lines("numbers/word-blockers.tsv"))
            WordBlockers.Add(line);
        var units = new List<UnitEntry>();
        foreach (var row in LanguageData.Rows("numbers/units.tsv"))
            units.Add(new UnitEntry(row[0], row[1], row[2], row[3] is "prefix" or "both", row[3] is "suffix" or "both", row.Length > 4 && row[4] == "cs"));
        Units = units.OrderByDescending(u => u.Surface.Length).ToArray();
        _prefixUnits = Units.Where(u => u.Prefix).GroupBy(u => char.ToLowerInvariant(u.Surface[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _suffixUnits = Units.Where(u => u.Suffix).GroupBy(u => char.ToLowerInvariant(u.Surface[0])).ToDictionary(g => g.Key, g => g.ToArray());
        UnitsByCode = units.GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.First().Class, StringComparer.Ordinal);
        var openers = Words.Keys.Concat(Approximates.Keys).Concat(Ordinals.Keys).ToList();
        foreach (var unit in Units.Where(u => u.Prefix))
        {
            // Lowered char by char as the unit matcher compares them.
            var lowered = string.Concat(unit.Surface.Select(NewsNlp.Text.CharCase.ToLowerInvariant));
            for (var n = 1; n <= lowered.Length; n++)
                openers.Add(lowered[..n]);
        }
        _openers = new NewsNlp.Text.AsciiWordTable(
            new HashSet<string>(openers, StringComparer.OrdinalIgnoreCase).Select(static w => KeyValuePair.Create(w, 1UL)));
    }

    // The openers, for ASCII words (the only ones decided), with the ASCII case folded inline.
    private readonly NewsNlp.Text.AsciiWordTable _openers;

    /// <summary>
    /// False for a word no number opens with: no number word, ordinal or approximate plural, no prefix of a
    /// unit written before numbers (<c>Rp</c>), not <c>ke-</c> or <c>se-</c>. Decided on ASCII words only, where the
    /// lexicon's case-insensitive lookups and the unit matcher's char matching agree; any other word may open one.
    /// </summary>
    public bool MayOpen(ReadOnlySpan<char> word) =>
        !_openers.TryGet(word, out var opener) || opener != 0 ||
        (word.Length >= 2 && (word.StartsWith("ke", StringComparison.OrdinalIgnoreCase) || word.StartsWith("se", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Number words: value and role.</summary>
    public Dictionary<string, (double Value, WordRole Role)> Words { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers, longest first.</summary>
    public MultiplierEntry[] Multipliers { get; }

    /// <summary>Approximate plurals.</summary>
    public Dictionary<string, ApproximateEntry> Approximates { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinal words other than ke + number word.</summary>
    public Dictionary<string, double> Ordinals { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Range connectors, longest first.</summary>
    public string[] RangeConnectors { get; }

    /// <summary>The word joining the ends of <c>antara X dan Y</c>.</summary>
    public HashSet<string> BetweenJoiners { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a clock time.</summary>
    public HashSet<string> TimeBefore { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a clock time (time zones).</summary>
    public HashSet<string> TimeAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Words before a bare year.</summary>
    public HashSet<string> YearBefore { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of recurring events named by their year (<c>Pemilu 2029</c>).</summary>
    public HashSet<string> YearEvents { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between an event noun and its year (<c>Pilkada serentak 2024</c>).</summary>
    public HashSet<string> YearEventModifiers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a bare year.</summary>
    public HashSet<string> YearAfter { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make the number word after them not a number (<c>salah satu</c>).</summary>
    public HashSet<string> WordBlockers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Measure units, longest surface first.</summary>
    public UnitEntry[] Units { get; }

    private readonly Dictionary<char, UnitEntry[]> _prefixUnits;
    private readonly Dictionary<char, UnitEntry[]> _suffixUnits;

    /// <summary>The units written before a number whose surface starts with <paramref name="c"/>, longest first.</summary>
    public UnitEntry[] PrefixUnits(char c) => _prefixUnits.TryGetValue(NewsNlp.Text.CharCase.ToLowerInvariant(c), out var units) ? units : [];

    /// <summary>The units written after a number whose surface starts with <paramref name="c"/>, longest first.</summary>
    public UnitEntry[] SuffixUnits(char c) => _suffixUnits.TryGetValue(NewsNlp.Text.CharCase.ToLowerInvariant(c), out var units) ? units : [];

    /// <summary>The class of each unit code.</summary>
    public Dictionary<string, string> UnitsByCode { get; }

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
