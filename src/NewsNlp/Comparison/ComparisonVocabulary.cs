using System.Collections.Frozen;
using System.Text;
using NewsNlp.Text;

namespace NewsNlp.Comparison;

/// <summary>
/// Unit synonyms and predicate compatibility groups (<c>Data/comparison/*.tsv</c>): maps a claim's
/// unit or predicate to the key claims are grouped by and the name shown for the group.
/// Built once, lazily; thread-safe.
/// </summary>
internal static class ComparisonVocabulary
{
    private static readonly string[] PredicateSuffixes = ["kan", "i"];
    /// <summary>Verb prefixes and the first letter their nasal replaced (meN-: mengirim → kirim, menewaskan → tewas, membunuh → bunuh).</summary>
    private static readonly (string Prefix, string Restore)[] Prefixes =
    [
        ("di", ""), ("ter", ""), ("ber", ""),
        ("meng", ""), ("meng", "k"), ("meny", "s"), ("mem", ""), ("mem", "p"), ("men", ""), ("men", "t"), ("me", ""),
    ];

    /// <summary>A grouping key and the name shown for it; both null for a missing value.</summary>
    internal readonly record struct Term(string? Key, string? Display);

    /// <summary>The unit's synonym group: <c>pasukan</c>, <c>Pasukannya</c> → <c>tentara</c>.</summary>
    public static Term Unit(string? unit)
    {
        var word = Normalize(unit);
        if (word is null)
            return default;
        if (Tables.Units.TryGetValue(word, out var display))
            return new Term(display.ToLowerInvariant(), display);
        if (word.Length > 5 && word.EndsWith("nya", StringComparison.Ordinal))
        {
            word = word[..^3];
            if (Tables.Units.TryGetValue(word, out display))
                return new Term(display.ToLowerInvariant(), display);
        }
        return new Term(word, word);
    }

    /// <summary>The predicate's compatibility group: <c>kerahkan</c>, <c>dikirim</c> → <c>kirim</c>.</summary>
    public static Term Predicate(string? predicate)
    {
        var word = Normalize(predicate);
        if (word is null)
            return default;
        if (Find(word) is { } display)
            return new Term(display.ToLowerInvariant(), display);
        return new Term(word, word);
    }

    /// <summary>The group of <paramref name="word"/> as written, else of a form without a prefix and/or suffix.</summary>
    private static string? Find(string word)
    {
        foreach (var stem in WithoutPrefix(word))
        {
            foreach (var candidate in WithoutSuffix(stem))
            {
                if (Tables.Predicates.TryGetValue(candidate, out var display))
                    return display;
            }
        }
        return null;
    }

    /// <summary>The word, then the bases a verb prefix may stand for: di-, ter-, ber-, and meN- with its dropped first letter.</summary>
    private static IEnumerable<string> WithoutPrefix(string word)
    {
        yield return word;
        foreach (var (prefix, restore) in Prefixes)
        {
            if (word.Length - prefix.Length >= 3 && word.StartsWith(prefix, StringComparison.Ordinal))
                yield return restore + word[prefix.Length..];
        }
    }

    private static IEnumerable<string> WithoutSuffix(string word)
    {
        yield return word;
        foreach (var suffix in PredicateSuffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                yield return word[..^suffix.Length];
        }
    }

    /// <summary>Trimmed, lower-cased, inner whitespace runs made one space; null when nothing is left.</summary>
    internal static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static class Tables
    {
        public static readonly FrozenDictionary<string, string> Units = Load("comparison/units.tsv");
        public static readonly FrozenDictionary<string, string> Predicates = Load("comparison/predicates.tsv");

        /// <summary>Every name of a line → the line's first name, as written.</summary>
        private static FrozenDictionary<string, string> Load(string path)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in LanguageData.Rows(path))
            {
                var display = row[0].Trim();
                foreach (var name in row)
                {
                    if (Normalize(name) is { } key)
                        map.TryAdd(key, display);
                }
            }
            return map.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }
}
