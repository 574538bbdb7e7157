using NewsNlp.Text;

namespace NewsNlp.Entities.Statistical;

/// <summary>The titles of <c>Data/ner/titles.txt</c> (<c>Presiden</c>, <c>Wali Kota</c>, ...), matched by the lowered hashes of their tokens.</summary>
internal sealed class TitleWords
{
    /// <summary>The longest title, in tokens.</summary>
    public const int MaxLength = 3;

    private static readonly Lazy<TitleWords> Embedded = new(() => new TitleWords(LanguageData.Lines("ner/titles.txt")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<uint> _sequences = [];

    // A bit for the lowered hash of each title's last word (by its low bits): a token whose bit is clear ends no title.
    private const int LastWordBits = 4096;
    private readonly ulong[] _lastWords = new ulong[LastWordBits / 64];

    /// <summary>Builds the matcher from title lines (words separated by spaces).</summary>
    public TitleWords(IEnumerable<string> titles)
    {
        foreach (var title in titles)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > MaxLength)
                continue;
            var h = 0u;
            var last = 0u;
            foreach (var w in words)
            {
                last = FeatureHash.Of(w, lower: true);
                h = Chain(h, last);
            }
            _sequences.Add(Key(h, words.Length));
            _lastWords[last % LastWordBits / 64] |= 1UL << (int)(last % 64);
        }
    }

    /// <summary>The titles shipped with the library.</summary>
    public static TitleWords Default => Embedded.Value;

    /// <summary>True when the tokens whose lowered hashes are <paramref name="lowered"/>[<paramref name="start"/>..<paramref name="end"/>) form a title.</summary>
    public bool IsTitle(ReadOnlySpan<uint> lowered, int start, int end)
    {
        if (start < 0 || end - start is < 1 or > MaxLength)
            return false;
        var h = 0u;
        for (var i = start; i < end; i++)
            h = Chain(h, lowered[i]);
        return _sequences.Contains(Key(h, end - start));
    }

    /// <summary>True when a title ends just before token <paramref name="end"/>.</summary>
    public bool TitleEndsAt(ReadOnlySpan<uint> lowered, int end)
    {
        if (end < 1 || (_lastWords[lowered[end - 1] % LastWordBits / 64] & (1UL << (int)(lowered[end - 1] % 64))) == 0)
            return false;
        for (var length = 1; length <= MaxLength && length <= end; length++)
            if (IsTitle(lowered, end - length, end))
                return true;
        return false;
    }

    private static uint Chain(uint h, uint word) => FeatureHash.Mix(h * 31u + word);

    private static uint Key(uint h, int length) => FeatureHash.Mix(h ^ (uint)length);
}
