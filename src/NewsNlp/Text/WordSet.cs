using System.Collections.Frozen;

namespace NewsNlp.Text;

/// <summary>A read-only, case-insensitive set of words that can be asked with a span (no allocation).</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first column of every line of the embedded data files.</summary>
    public static WordSet FromData(params string[] paths) =>
        new(paths.SelectMany(LanguageData.Lines).Select(static line => line.Split('\t')[0].Trim()));

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string word) => _words.Contains(word);
}
