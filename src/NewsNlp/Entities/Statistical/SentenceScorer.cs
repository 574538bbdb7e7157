using System.Runtime.Intrinsics;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// The tagger's emission scores of a sentence with the words' cached rows (<see cref="WordRows"/>): each token's score is the cached
/// sum of its own features, its neighbours' cached rows and its other features (<see cref="NerFeatures.Context"/>) looked up, added in
/// the order of <see cref="NerFeatures.Extract(string, ReadOnlySpan{TextRange}, Span{uint}, TitleWords)"/>, so the floats are those of
/// <see cref="FeatureRows.Score"/> over its features, bit for bit. One instance at a time a thread (<see cref="Rent"/>, <see cref="Return"/>), with its
/// scratch for sentences of up to <see cref="MaxTokens"/> tokens.
/// </summary>
internal sealed class SentenceScorer
{
    /// <summary>The longest sentence scored here; longer ones take the plain path.</summary>
    public const int MaxTokens = 256;

    /// <summary>
    /// Words cached a thread: about 3.6 MB. Over the benchmark corpus (7,238 word types) 8,192 slots scored 5 to 13% faster than 4,096
    /// (measured side by side in one process: <c>NER_SLOTS=8192,4096 NewsNlp.Benchmarks.dll tables</c>); 16,384 no better than 8,192.
    /// </summary>
    public const int DefaultSlots = 8192;

    /// <summary>
    /// Scorers kept between documents, at most two a processor: the memory of the caches (about 3.6 MB each) is bounded by how
    /// many documents are tagged at once at the peak, not by how many threads have ever tagged one (a service's pool threads).
    /// </summary>
    private static readonly SentenceScorer?[] s_idle = new SentenceScorer?[Math.Max(2, 2 * Environment.ProcessorCount)];

    private readonly WordRows _words;
    private float _touchedRows;
    private readonly int[] _entries = new int[MaxTokens];
    private readonly TokenTraits[] _traits = new TokenTraits[MaxTokens];
    private readonly byte[] _facts = new byte[MaxTokens];
    private readonly uint[] _lowered = new uint[MaxTokens];
    private readonly int[] _runs = new int[2 * MaxTokens];
    private readonly byte[] _hits = new byte[MaxTokens * GazetteerHits.Lists];
    private readonly uint[] _hashed = new uint[MaxTokens * NerFeatures.HashedCount];
    private readonly ushort[] _small = new ushort[MaxTokens * NerFeatures.SmallCount];
    private readonly int[] _missed = new int[MaxTokens];
    private readonly uint[] _missedIds = new uint[MaxTokens * WordRows.FillIds];
    private readonly uint[] _touched = new uint[MaxTokens * WordRows.FillIds];

    /// <summary>A scorer with a cache of <paramref name="slots"/> words (a power of two).</summary>
    public SentenceScorer(int slots = DefaultSlots) => _words = new WordRows(slots, MaxTokens);

    /// <summary>A scorer no other thread is using, with its warm cache when one is idle; give it back with <see cref="Return"/>.</summary>
    public static SentenceScorer Rent()
    {
        var idle = s_idle;
        for (var i = 0; i < idle.Length; i++)
        {
            if (Volatile.Read(ref idle[i]) is not null && Interlocked.Exchange(ref idle[i], null) is { } scorer)
                return scorer;
        }
        return new SentenceScorer();
    }

    /// <summary>Keeps <paramref name="scorer"/> for the next <see cref="Rent"/> (or lets it go when enough are kept).</summary>
    public static void Return(SentenceScorer scorer)
    {
        var idle = s_idle;
        for (var i = 0; i < idle.Length; i++)
        {
            if (Interlocked.CompareExchange(ref idle[i], scorer, null) is null)
                return;
        }
    }

    /// <summary>True when the sentence and model can be scored here.</summary>
    public static bool Handles(FeatureRows rows, int tokens) => tokens <= MaxTokens && rows.SumsInVectors;

    /// <summary>Writes the <see cref="FeatureRows.Width"/> scores of each token into <paramref name="emissions"/>; only when <see cref="Handles"/>.</summary>
    public void Score(FeatureRows rows, TitleWords titles, string text, ReadOnlySpan<TextRange> tokens, Span<float> emissions)
    {
        var n = tokens.Length;
        if (!Handles(rows, n))
            throw new ArgumentException("Sentence too long or model without vector rows.", nameof(tokens));
        _words.Begin(rows);
        var missed = 0;
        var touched = 0f;
        for (var i = 0; i < n; i++)
        {
            var entry = _words.Find(text.AsSpan(tokens[i].Start, tokens[i].Length), out var miss);
            _entries[i] = entry;
            _traits[i] = _words.Traits(entry);
            _facts[i] = _words.Facts(entry);
            if (!miss)
                touched += _words.TouchRows(entry); // its rows' cache lines loaded now, so that they are there when summed
            else
            {
                _missed[missed] = entry;
                _words.Ids(entry, _missedIds.AsSpan(missed * WordRows.FillIds, WordRows.FillIds));
                missed++;
            }
        }
        _touchedRows = touched;
        var hashed = _hashed.AsSpan(0, n * NerFeatures.HashedCount);
        NerFeatures.Context(text, tokens, _traits.AsSpan(0, n), _facts.AsSpan(0, n), _lowered, _runs, _hits, hashed, _small, titles);
        // The home slots of every feature to look up first: loads that do not wait on each other, so their misses overlap.
        var missedIds = _missedIds.AsSpan(0, missed * WordRows.FillIds);
        rows.Touch(missedIds, _touched);
        rows.Touch(hashed, _touched);
        for (var m = 0; m < missed; m++)
            _words.Fill(_missed[m], missedIds.Slice(m * WordRows.FillIds, WordRows.FillIds), rows);
        var width = rows.Width;
        for (var i = 0; i < n; i++)
        {
            var h = hashed.Slice(i * NerFeatures.HashedCount, NerFeatures.HashedCount);
            var small = _small.AsSpan(i * NerFeatures.SmallCount, NerFeatures.SmallCount);
            // The order of NerFeatures.Extract: own, neighbours' 13-20, 21-25, 26-28, neighbour's 29, 30-31, 32, 33-34, 35-43.
            var sum = _words.Row(_entries[i], 0);
            for (var k = 0; k < NerFeatures.NeighbourCount - 1; k++)
                sum += _words.Row(EntryAt(i + NerFeatures.NeighbourOffset(k), n), 1 + k);
            sum = rows.Add(sum, h[..NerFeatures.WordPairCount]);
            sum += _words.Small(small[0]);
            sum += _words.Small(small[1]);
            sum += _words.Small(small[2]);
            sum += _words.Row(EntryAt(i - 1, n), NerFeatures.NeighbourCount);
            sum = rows.Add(sum, h.Slice(NerFeatures.WordPairCount, 2));
            sum += _words.Small(small[3]);
            sum = rows.Add(sum, h[(NerFeatures.WordPairCount + 2)..]);
            for (var l = 0; l < GazetteerHits.Lists; l++)
            {
                var code = _hits[i * GazetteerHits.Lists + l];
                sum += code < NerFeatures.HitCodes
                    ? _words.Small(NerFeatures.HitsAt + l * NerFeatures.HitCodes + code)
                    : rows.Row(FeatureHash.Feature(35 + l, code));
            }
            var row = emissions.Slice(i * width, width);
            for (var k = 0; k < row.Length; k++)
                row[k] = sum.GetElement(k + 1);
        }
    }

    private int EntryAt(int i, int n) => i < 0 ? _words.BeforeFirst : i >= n ? _words.AfterLast : _entries[i];
}
