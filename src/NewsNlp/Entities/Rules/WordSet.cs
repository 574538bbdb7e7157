namespace NewsNlp.Entities.Rules;

/// <summary>A set of words looked up in any case, from a span, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the set.</summary>
    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the word is in the set, case aside.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
