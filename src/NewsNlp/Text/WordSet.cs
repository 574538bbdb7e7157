using System.Collections.Frozen;

namespace NewsNlp.Text;

/// <summary>
/// A read-only, case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) set of words that can be asked
/// with a span (no allocation). An ASCII word is looked up in a table of its own (<see cref="AsciiWordTable"/>:
/// the ASCII case folded inline, several times faster than the frozen set's full case folding); other words go to the frozen set.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly AsciiWordTable _ascii;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _ascii = new AsciiWordTable(_words);
    }

    /// <summary>The first column of every line of the embedded data files.</summary>
    public static WordSet FromData(params string[] paths) =>
        new(paths.SelectMany(LanguageData.Lines).Select(static line => line.Split('\t')[0].Trim()));

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) =>
        _ascii.TryContains(word, out var found) ? found : _lookup.Contains(word);

    public bool Contains(string word) => Contains(word.AsSpan());
}

/// <summary>
/// The ASCII answers of a case-insensitive word set: every string of ASCII chars that equals one of the set's words
/// under <see cref="StringComparer.OrdinalIgnoreCase"/>, stored lower-cased in an open-addressing table (linear probing,
/// at most half full). Built once; lookups allocate nothing.
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly string?[] _slots;
    private readonly int _mask;

    public AsciiWordTable(IEnumerable<string> words)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
            if (AsciiForm(word) is { } key)
                keys.Add(key);
        var size = 16;
        while (size < keys.Count * 2) size *= 2;
        _slots = new string?[size];
        _mask = size - 1;
        foreach (var key in keys)
        {
            var slot = (int)(Hash(key, out _) & (uint)_mask);
            while (_slots[slot] is not null) slot = (slot + 1) & _mask;
            _slots[slot] = key;
        }
    }

    /// <summary>
    /// False when <paramref name="word"/> holds a char outside ASCII (the caller asks the full set); otherwise true,
    /// with <paramref name="found"/> the set's answer.
    /// </summary>
    public bool TryContains(ReadOnlySpan<char> word, out bool found)
    {
        found = false;
        var h = Hash(word, out var ascii);
        if (!ascii) return false;
        var slots = _slots;
        for (var slot = (int)(h & (uint)_mask); slots[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (key.Length == word.Length && EqualsLower(word, key))
            {
                found = true;
                break;
            }
        }
        return true;
    }

    /// <summary>
    /// The lower-cased ASCII string equal to <paramref name="word"/> under <see cref="StringComparer.OrdinalIgnoreCase"/>,
    /// or null when no ASCII string is (a char whose upper case is outside ASCII).
    /// </summary>
    private static string? AsciiForm(string word)
    {
        var chars = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var upper = char.ToUpperInvariant(word[i]);
            if (upper >= 0x80) return null;
            chars[i] = Lower(upper);
        }
        var form = new string(chars);
        return string.Equals(form, word, StringComparison.OrdinalIgnoreCase) ? form : null;
    }

    private static char Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    private static bool EqualsLower(ReadOnlySpan<char> word, string key)
    {
        for (var i = 0; i < key.Length; i++)
            if (Lower(word[i]) != key[i]) return false;
        return true;
    }

    /// <summary>FNV-1a over the chars with the ASCII case folded; <paramref name="ascii"/> false when a char is outside ASCII.</summary>
    private static uint Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        var h = 2166136261u;
        var any = 0;
        foreach (var c in word)
        {
            any |= c;
            h = (h ^ (uint)(c | 0x20)) * 16777619u;
        }
        ascii = any < 0x80;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }
}
