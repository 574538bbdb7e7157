using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// A model's feature rows with half-precision weights, 2 MB: 2^16 buckets of two 16-byte entries (a 16-bit tag, then at most
/// <see cref="MaxWidth"/> weights as <see cref="Half"/> bits), 32 bytes a bucket, so a bucket is in one cache line. A key's bucket is
/// its low 16 bits and its tag its high 16 bits, and an entry only lives in its key's bucket, so bucket and tag are the whole key:
/// a tag equal to the looked-up key's is that key, never another one. A lookup reads both entries of the bucket, keeps the one whose
/// tag is the key's (no branch) and widens its halves to floats (exact: every half is a float). An empty entry has tag 0 and zero
/// weights, so matching it adds zeros, as a missing key must. A key whose bucket is already full goes to a small table of full keys
/// (<see cref="FeatureRows"/> with float slots), looked up only for a bucket marked as having such keys when neither tag matched.
/// Built once, immutable; lookups allocate nothing.
/// </summary>
internal sealed class HalfBuckets
{
    /// <summary>Most weights an entry holds.</summary>
    public const int MaxWidth = 7;

    private const int BucketBits = 16;
    private const int Buckets = 1 << BucketBits;
    private const int EntryHalves = 8;
    private const int BucketHalves = 2 * EntryHalves;

    private readonly ushort[] _table;
    private readonly int _base;
    private readonly ulong[] _overflowed = new ulong[Buckets / 64];
    private readonly FeatureRows? _stash;

    /// <summary>2^112, which takes a half's bits shifted into a float's place to its value.</summary>
    private static readonly Vector256<float> HalfScale = Vector256.Create(BitConverter.Int32BitsToSingle((127 + 112) << 23));

    /// <summary>True when <paramref name="weights"/> can be held here without change: each a finite half, at most <see cref="MaxWidth"/> a row, on a machine with vectors.</summary>
    public static bool Fits(ReadOnlySpan<float> weights, int width)
    {
        if (width is < 1 or > MaxWidth || !Vector256.IsHardwareAccelerated || !Vector128.IsHardwareAccelerated)
            return false;
        foreach (var w in weights)
            if (!float.IsFinite(w) || BitConverter.SingleToInt32Bits((float)(Half)w) != BitConverter.SingleToInt32Bits(w))
                return false;
        return true;
    }

    /// <summary>Indexes <paramref name="keys"/> (distinct) with their rows of <paramref name="width"/> weights; only when <see cref="Fits"/>.</summary>
    public HalfBuckets(ReadOnlySpan<uint> keys, ReadOnlySpan<float> weights, int width)
    {
        if (!Fits(weights, width))
            throw new ArgumentException("Weights that are not halves, or rows too wide.", nameof(weights));
        Width = width;
        // Pinned so that the buckets stay where they are aligned: 64 bytes = 32 halves.
        _table = GC.AllocateArray<ushort>(Buckets * BucketHalves + 32, pinned: true);
        _base = (int)((64 - Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0) % 64) % 64 / sizeof(ushort));
        var used = new byte[Buckets];
        var stashKeys = new List<uint>();
        var stashWeights = new List<float>();
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            var bucket = (int)(key & (Buckets - 1));
            var tag = (ushort)(key >> BucketBits);
            var row0 = weights.Slice(row * width, width);
            for (var e = 0; e < used[bucket]; e++)
                if (_table[_base + bucket * BucketHalves + e * EntryHalves] == tag)
                    throw new InvalidDataException($"Feature {key} appears twice.");
            if (used[bucket] == 2)
            {
                if (stashKeys.Contains(key))
                    throw new InvalidDataException($"Feature {key} appears twice.");
                _overflowed[bucket >> 6] |= 1UL << bucket;
                stashKeys.Add(key);
                foreach (var w in row0)
                    stashWeights.Add(w);
                continue;
            }
            var at = _base + bucket * BucketHalves + used[bucket]++ * EntryHalves;
            _table[at] = tag;
            for (var k = 0; k < width; k++)
                _table[at + 1 + k] = BitConverter.HalfToUInt16Bits((Half)row0[k]);
        }
        StashCount = stashKeys.Count;
        if (stashKeys.Count > 0)
        {
            var order = Enumerable.Range(0, stashKeys.Count).OrderBy(i => stashKeys[i]).ToArray();
            var sortedWeights = new float[order.Length * width];
            for (var i = 0; i < order.Length; i++)
                for (var k = 0; k < width; k++)
                    sortedWeights[i * width + k] = stashWeights[order[i] * width + k];
            _stash = new FeatureRows([.. order.Select(i => stashKeys[i])], sortedWeights, width, halfBuckets: false);
        }
    }

    /// <summary>Weights per feature.</summary>
    public int Width { get; }

    /// <summary>How many keys did not fit in their bucket (kept with their full key aside).</summary>
    public int StashCount { get; }

    /// <summary>
    /// The row of <paramref name="key"/> as a vector: lane 0 zero, lanes 1 to <see cref="Width"/> its weights, the others zero; all zero when
    /// the model has no such feature.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Row(uint key)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        var bucket = key & (Buckets - 1);
        var at = (nuint)_base + bucket * BucketHalves;
        var first = Vector128.LoadUnsafe(ref table, at);
        var second = Vector128.LoadUnsafe(ref table, at + EntryHalves);
        var tag = Vector128.Create((ushort)(key >> BucketBits));
        var inFirst = Vector128.Equals(Vector128.Shuffle(first, Vector128<ushort>.Zero), tag);
        var inSecond = Vector128.Equals(Vector128.Shuffle(second, Vector128<ushort>.Zero), tag);
        if ((_overflowed[bucket >> 6] & (1UL << (int)bucket)) != 0 && (inFirst | inSecond).ToScalar() == 0)
            return FromStash(key);
        // At most one entry of a bucket holds the key; an empty one that matches (tag 0) holds zeros. Lane 0 (the tag) is cleared.
        var halves = ((first & inFirst) | (second & inSecond)) & Vector128.Create((ushort)0, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF);
        return ToSingle(halves.AsInt16());
    }

    /// <summary>Loads the bucket of every key (so that the misses of a sentence's features overlap) and writes what it read into <paramref name="sink"/>.</summary>
    public void Touch(ReadOnlySpan<uint> keys, Span<uint> sink)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        for (var j = 0; j < keys.Length; j++)
            sink[j] = Unsafe.Add(ref table, (nuint)_base + (keys[j] & (Buckets - 1)) * BucketHalves);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Vector256<float> FromStash(uint key)
    {
        Span<float> row = stackalloc float[8];
        row.Clear();
        _stash!.WeightsOf(key).CopyTo(row[1..]);
        return Vector256.Create<float>(row);
    }

    /// <summary>
    /// Eight halves (sign-extended as 16-bit integers) as floats, exactly: the half's exponent and fraction shifted into a float's place,
    /// the sign kept at the top, then scaled by 2^112 (which also makes the half's subnormals the float's normal numbers).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ToSingle(Vector128<short> halves)
    {
        var wide = Avx2.IsSupported
            ? Avx2.ConvertToVector256Int32(halves)
            : Vector256.Create(Vector128.WidenLower(halves), Vector128.WidenUpper(halves));
        var bits = Vector256.ShiftLeft(wide, 13) & Vector256.Create(unchecked((int)0x8FFFE000));
        return bits.AsSingle() * HalfScale;
    }
}
