namespace NewsNlp.Text;

/// <summary>
/// The ASCII answers of a case-insensitive word set or map (non-zero values): every string of ASCII chars that equals one
/// of its words under <see cref="StringComparer.OrdinalIgnoreCase"/>, with the word's value, stored lower-cased in an open-addressing table (linear probing,
/// at most half full), with a bit set of their hashes in front (<see cref="KeyFilter"/>, 16 to 32 bits a word, small enough for the L1 cache): most
/// words not in the set are turned away there, without the cache miss of reaching the table and the stored word.
/// Built once; lookups allocate nothing.
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly string?[] _slots;
    private readonly ulong[] _values;
    private readonly int _mask;
    private readonly KeyFilter _filter = new();

    /// <summary>
    /// The table of <paramref name="words"/>, whose keys are unique under <see cref="StringComparer.OrdinalIgnoreCase"/>
    /// (a set's or a case-insensitive dictionary's), with non-zero values.
    /// </summary>
    public AsciiWordTable(IEnumerable<KeyValuePair<string, ulong>> words)
    {
        var keys = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (word, value) in words)
            if (AsciiForm(word) is { } key)
                keys[key] = value;
        var size = 16;
        while (size < keys.Count * 2) size *= 2;
        _slots = new string?[size];
        _values = new ulong[size];
        _mask = size - 1;
        foreach (var (key, value) in keys)
        {
            var hash = Hash(key, out _);
            _filter.Add(hash);
            var slot = (int)(hash & (uint)_mask);
            while (_slots[slot] is not null) slot = (slot + 1) & _mask;
            _slots[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>
    /// False when <paramref name="word"/> holds a char outside ASCII (the caller asks the full set); otherwise true,
    /// with <paramref name="found"/> the word's value, 0 when it is not in the table.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out ulong found)
    {
        found = 0;
        var h = Hash(word, out var ascii);
        if (!ascii) return false;
        if (!_filter.MayHold(h)) return true;
        var slots = _slots;
        for (var slot = (int)(h & (uint)_mask); slots[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (key.Length == word.Length && EqualsLower(word, key))
            {
                found = _values[slot];
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
