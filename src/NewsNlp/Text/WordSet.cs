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
        _ascii = new AsciiWordTable(_words.Select(static w => KeyValuePair.Create(w, 1UL)));
    }

    /// <summary>The first column of every line of the embedded data files.</summary>
    public static WordSet FromData(params string[] paths) =>
        new(paths.SelectMany(LanguageData.Lines).Select(static line => line.Split('\t')[0].Trim()));

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) =>
        _ascii.TryGet(word, out var found) ? found != 0 : _lookup.Contains(word);

    public bool Contains(string word) => Contains(word.AsSpan());
}
