using System.Collections.Frozen;
using NewsNlp.Text;

namespace NewsNlp.Morphology;

/// <summary>
/// The root lexicon (Data/lexicon): Indonesian roots the stemmer checks its candidates against,
/// words kept whole, and the usual part of speech of word forms. Built once, lazily, thread-safely.
/// </summary>
internal static class RootLexicon
{
    private static readonly Lazy<WordSet> LazyRoots = new(() =>
    {
        var notRoots = WordSet.FromData("lexicon/not-roots.txt");
        return new WordSet(new[] { "lexicon/roots.txt", "lexicon/roots-extra.txt" }.SelectMany(LanguageData.Lines)
            .Select(static line => line.Split('\t')[0].Trim()).Where(word => !notRoots.Contains(word)));
    });
    private static readonly Lazy<WordSet> LazyKeep = new(() => WordSet.FromData("lexicon/keep.txt"));
    private static readonly Lazy<WordSet> LazyVowelRoots = new(() => WordSet.FromData("lexicon/meng-vowel-roots.txt"));
    private static readonly Lazy<PosTable> LazyPos = new(() => new PosTable(LanguageData.Rows("lexicon/pos.tsv").Concat(LanguageData.Rows("lexicon/pos-extra.tsv"))));

    /// <summary>Known roots.</summary>
    public static WordSet Roots => LazyRoots.Value;

    /// <summary>Derived words whose base form is themselves.</summary>
    public static WordSet Keep => LazyKeep.Value;

    /// <summary>
    /// Vowel-initial roots that a meN- word comes from even though the root with k- is known too
    /// (<c>mengaku</c> → aku, not kaku; <c>mengoperasikan</c> → operasi, not koperasi).
    /// </summary>
    public static WordSet MengVowelRoots => LazyVowelRoots.Value;

    /// <summary>The most frequent universal part of speech of a word form (<c>NOUN</c>, <c>VERB</c>, <c>ADP</c>...), or null when unknown.</summary>
    public static string? PartOfSpeech(ReadOnlySpan<char> word) => LazyPos.Value.Get(word);

    private sealed class PosTable
    {
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public PosTable(IEnumerable<string[]> rows)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
                if (row.Length >= 2) map[row[0].Trim()] = string.Intern(row[1].Trim());
            _lookup = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public string? Get(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var pos) ? pos : null;
    }
}
