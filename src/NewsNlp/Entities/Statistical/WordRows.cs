using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// A cache, for one thread and one model, of what the tagger needs of each word that does not depend on the words
/// around it: its traits, the summed weights of its own features (templates 0-12) and the weights of the nine
/// features it gives its neighbours (<see cref="NerFeatures.Neighbour"/>). A fixed number of slots, one per word
/// (direct-mapped by a hash of its chars, the chars themselves compared on a hit, a miss replaces the slot's word), so
/// its memory is bounded; a word of more than <see cref="MaxChars"/> chars, or one whose slot another word of the same
/// sentence holds, goes into a spare entry for the sentence. It also holds the rows of the features with few values
/// (<see cref="NerFeatures.SmallFeature"/>). Not thread-safe: one instance a thread.
/// </summary>
internal sealed class WordRows
{
    /// <summary>Longest word kept in a slot.</summary>
    public const int MaxChars = 24;

    /// <summary>Rows an entry holds: the sum of its own features', then one per neighbour feature.</summary>
    public const int RowsPerEntry = 1 + NerFeatures.NeighbourCount;

    private const int RowFloats = 8;
    private const int EntryFloats = RowsPerEntry * RowFloats;

    private readonly int _slots;
    private readonly int _spares;
    private readonly float[] _rows;
    private readonly TokenTraits[] _traits;
    private readonly byte[] _facts;
    private readonly char[] _chars;
    private readonly byte[] _lengths;
    private readonly int[] _stamps;
    private readonly float[] _small = new float[NerFeatures.SmallFeatures * RowFloats];
    private long _model;
    private int _sentence;
    private int _sparesUsed;

    /// <summary>A cache of <paramref name="slots"/> words (a power of two) and <paramref name="spares"/> spare entries, the most a sentence can need.</summary>
    public WordRows(int slots, int spares)
    {
        if (slots < 1 || (slots & (slots - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(slots), "A power of two.");
        _slots = slots;
        _spares = spares;
        var entries = slots + spares + 2;
        _rows = new float[entries * EntryFloats];
        _traits = new TokenTraits[entries];
        _facts = new byte[entries];
        _chars = new char[slots * MaxChars];
        _lengths = new byte[slots];
        _stamps = new int[slots];
    }

    /// <summary>The entry of the virtual token before a sentence (its neighbour rows only).</summary>
    public int BeforeFirst => _slots + _spares;

    /// <summary>The entry of the virtual token after a sentence (its neighbour rows only).</summary>
    public int AfterLast => _slots + _spares + 1;

    /// <summary>Starts a sentence of at most the spare count of words, over the model's <paramref name="rows"/>; forgets every word when the model changed.</summary>
    public void Begin(FeatureRows rows)
    {
        if (_model != rows.Id)
        {
            _lengths.AsSpan().Clear();
            _stamps.AsSpan().Clear();
            _model = rows.Id;
            Fill(BeforeFirst, NerFeatures.BeforeFirst, rows);
            Fill(AfterLast, NerFeatures.AfterLast, rows);
            ref var small = ref MemoryMarshal.GetArrayDataReference(_small);
            for (var i = 0; i < NerFeatures.SmallFeatures; i++)
                rows.Row(NerFeatures.SmallFeature(i)).StoreUnsafe(ref small, (nuint)(i * RowFloats));
        }
        _sentence++;
        if (_sentence == 0)
        {
            // After 2^32 sentences: no slot may look held by this one.
            _stamps.AsSpan().Clear();
            _sentence = 1;
        }
        _sparesUsed = 0;
    }

    /// <summary>Feature ids an entry is filled from (<see cref="Fill(int, ReadOnlySpan{uint}, FeatureRows)"/>): its own, then its neighbour features.</summary>
    public const int FillIds = NerFeatures.OwnCount + NerFeatures.NeighbourCount;

    /// <summary>
    /// The entry of <paramref name="word"/> for the sentence begun. When it is not cached (<paramref name="missed"/>), the entry is taken
    /// for it and its traits set, but its rows are only there after <see cref="Fill(int, ReadOnlySpan{uint}, FeatureRows)"/> with its
    /// <see cref="Ids"/> (so that the caller can load a sentence's rows together).
    /// </summary>
    public int Find(ReadOnlySpan<char> word, out bool missed)
    {
        missed = true;
        if (word.Length is 0 or > MaxChars)
            return Spare(word);
        var slot = (int)(Hash(word) & (uint)(_slots - 1));
        var chars = _chars.AsSpan(slot * MaxChars, word.Length);
        if (_lengths[slot] == word.Length && word.SequenceEqual(chars))
        {
            _stamps[slot] = _sentence;
            missed = false;
            return slot;
        }
        if (_stamps[slot] == _sentence)
            return Spare(word);
        _traits[slot] = TokenTraits.Of(word);
        _facts[slot] = GazetteerHits.FactsOf(word);
        word.CopyTo(chars);
        _lengths[slot] = (byte)word.Length;
        _stamps[slot] = _sentence;
        return slot;
    }

    /// <summary>Writes the <see cref="FillIds"/> feature ids of the word in <paramref name="entry"/>.</summary>
    public void Ids(int entry, Span<uint> ids)
    {
        ref readonly var traits = ref _traits[entry];
        NerFeatures.Own(traits, ids[..NerFeatures.OwnCount]);
        for (var k = 0; k < NerFeatures.NeighbourCount; k++)
            ids[NerFeatures.OwnCount + k] = NerFeatures.Neighbour(k, traits);
    }

    /// <summary>Fills the rows of <paramref name="entry"/> from its <see cref="Ids"/>.</summary>
    public void Fill(int entry, ReadOnlySpan<uint> ids, FeatureRows rows)
    {
        ref var at = ref MemoryMarshal.GetArrayDataReference(_rows);
        var start = (nuint)(entry * EntryFloats);
        rows.Add(Vector256<float>.Zero, ids[..NerFeatures.OwnCount]).StoreUnsafe(ref at, start);
        for (var k = 0; k < NerFeatures.NeighbourCount; k++)
            rows.Row(ids[NerFeatures.OwnCount + k]).StoreUnsafe(ref at, start + (nuint)((1 + k) * RowFloats));
    }

    /// <summary>What the name lists say of the word in <paramref name="entry"/> (<see cref="GazetteerHits.FactsOf"/>).</summary>
    public byte Facts(int entry) => _facts[entry];

    /// <summary>
    /// Loads every cache line of the rows of <paramref name="entry"/> and returns what it read: called for a sentence's cached words before
    /// their rows are summed, so that the misses (an entry is 320 bytes, the rows of 8,192 words more than the L2 cache) overlap.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float TouchRows(int entry)
    {
        ref var at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), entry * EntryFloats);
        return Unsafe.Add(ref at, 0) + Unsafe.Add(ref at, 16) + Unsafe.Add(ref at, 32) + Unsafe.Add(ref at, 48) + Unsafe.Add(ref at, 64)
            + Unsafe.Add(ref at, EntryFloats - 1);
    }

    /// <summary>The traits of the word in <paramref name="entry"/>.</summary>
    public ref readonly TokenTraits Traits(int entry) => ref _traits[entry];

    /// <summary>Row <paramref name="row"/> of <paramref name="entry"/> (0: the sum of its own features; 1 + k: neighbour feature k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Row(int entry, int row) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_rows), (nuint)(entry * EntryFloats + row * RowFloats));

    /// <summary>The row of value <paramref name="index"/> of the templates with few values (<see cref="NerFeatures.SmallFeature"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Small(int index) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_small), (nuint)(index * RowFloats));

    private int Spare(ReadOnlySpan<char> word)
    {
        if (_sparesUsed == _spares)
            throw new InvalidOperationException("More words than spare entries in a sentence.");
        var entry = _slots + _sparesUsed++;
        _traits[entry] = TokenTraits.Of(word);
        _facts[entry] = GazetteerHits.FactsOf(word);
        return entry;
    }

    private void Fill(int entry, in TokenTraits traits, FeatureRows rows)
    {
        _traits[entry] = traits;
        Span<uint> ids = stackalloc uint[FillIds];
        Ids(entry, ids);
        Fill(entry, ids, rows);
    }

    /// <summary>A hash of the chars (4 at a time, multiply and shift), only to pick a slot: the chars are compared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = (ulong)word.Length * 0x9E3779B97F4A7C15UL;
        var i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(MemoryMarshal.AsBytes(word.Slice(i, 4)))) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }
        if (i < word.Length)
        {
            var tail = 0UL;
            for (var shift = 0; i < word.Length; i++, shift += 16)
                tail |= (ulong)word[i] << shift;
            h = (h ^ tail) * 0x94D049BB133111EBUL;
        }
        return (uint)(h ^ (h >> 32));
    }
}
