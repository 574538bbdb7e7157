using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// A model's hashed feature weights. When every weight is a half and a row has at most 7 (the models of this library),
/// they are held in <see cref="HalfBuckets"/> (2 MB, one cache line a lookup, no branch); otherwise as one open-addressing
/// hash table (linear probing) of float slots: each slot holds the feature key followed by its weights, padded to a power
/// of two and cache-line aligned. Both give the same floats. Built once, immutable; lookups allocate nothing.
/// </summary>
internal sealed class FeatureRows
{
    private readonly HalfBuckets? _buckets;
    private readonly float[] _table = [];
    private readonly int _base;
    private readonly int _stride;
    private readonly int _mask;
    private readonly uint _empty;
    private readonly uint[] _keys;

    /// <summary>
    /// Indexes <paramref name="keys"/> (distinct, ascending) with their rows of <paramref name="width"/> weights in <paramref name="weights"/>:
    /// in half-precision buckets when <paramref name="halfBuckets"/> is true, or null and they fit (<see cref="HalfBuckets.Fits"/>), else in float slots.
    /// </summary>
    public FeatureRows(uint[] keys, ReadOnlySpan<float> weights, int width, bool? halfBuckets = null)
    {
        _keys = keys;
        Width = width;
        if (halfBuckets ?? HalfBuckets.Fits(weights, width))
        {
            _buckets = new HalfBuckets(keys, weights, width);
            _stride = 8;
            return;
        }
        _stride = (int)BitOperations.RoundUpToPowerOf2((uint)width + 1);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + keys.Length / 2));
        _mask = capacity - 1;
        _empty = FirstMissing(keys);
        // Pinned so that the slots stay where they are aligned: 64 bytes = 16 floats.
        _table = GC.AllocateArray<float>(capacity * _stride + 16, pinned: true);
        _base = (int)((64 - Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0) % 64) % 64 / sizeof(float));
        for (var i = 0; i < capacity; i++)
            KeyAt(_base + i * _stride) = _empty;
        for (var row = 0; row < keys.Length; row++)
        {
            var i = (int)(keys[row] & (uint)_mask);
            while (KeyAt(_base + i * _stride) != _empty)
            {
                if (KeyAt(_base + i * _stride) == keys[row])
                    throw new InvalidDataException($"Feature {keys[row]} appears twice.");
                i = (i + 1) & _mask;
            }
            var at = _base + i * _stride;
            KeyAt(at) = keys[row];
            weights.Slice(row * width, width).CopyTo(_table.AsSpan(at + 1, width));
        }
    }

    /// <summary>How many features.</summary>
    public int Count => _keys.Length;

    /// <summary>Weights per feature (the tag count).</summary>
    public int Width { get; }

    /// <summary>The keys, ascending.</summary>
    public ReadOnlySpan<uint> Keys => _keys;

    /// <summary>The weights of <paramref name="key"/>, or an empty span when the model has no such feature.</summary>
    public ReadOnlySpan<float> WeightsOf(uint key)
    {
        if (_buckets is not null)
        {
            // Read back from the buckets (the halves widen exactly), so that no float copy of the weights is kept for this rare call.
            if (Array.BinarySearch(_keys, key) < 0)
                return [];
            var lanes = new float[Vector256<float>.Count];
            _buckets.Row(key).CopyTo(lanes);
            return lanes.AsSpan(1, Width);
        }
        var at = SlotOf(key);
        return at < 0 ? [] : _table.AsSpan(at + 1, Width);
    }

    /// <summary>
    /// Adds, for each token, the weights of its <paramref name="perToken"/> features in order into its row
    /// of <paramref name="emissions"/> (<see cref="Width"/> each, cleared first).
    /// </summary>
    public void Score(ReadOnlySpan<uint> features, int perToken, Span<float> emissions)
    {
        var n = features.Length / perToken;
        if (SumsInVectors)
        {
            // Lanes 1..7 are the weights (see Row), summed in the same order as the scalar path.
            // First a load of every feature's home slot or line in the sentence: loads that do not wait on each other
            // (the table is larger than the cache), so their misses overlap; then the sums, from slots now cached.
            var rented = features.Length <= 1024 ? null : ArrayPool<uint>.Shared.Rent(features.Length);
            var touched = rented is null ? stackalloc uint[features.Length] : rented.AsSpan(0, features.Length);
            Touch(features, touched);
            for (var i = 0; i < n; i++)
            {
                var sum = Vector256<float>.Zero;
                foreach (var f in features.Slice(i * perToken, perToken))
                    sum += Row(f);
                var row = emissions.Slice(i * Width, Width);
                for (var k = 0; k < row.Length; k++)
                    row[k] = sum.GetElement(k + 1);
            }
            if (rented is not null)
                ArrayPool<uint>.Shared.Return(rented);
            return;
        }
        emissions.Clear();
        for (var i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * Width, Width);
            foreach (var f in features.Slice(i * perToken, perToken))
            {
                var at = SlotOf(f);
                if (at < 0)
                    continue;
                var w = _table.AsSpan(at + 1, Width);
                for (var k = 0; k < row.Length; k++)
                    row[k] += w[k];
            }
        }
    }

    /// <summary>True when the rows are held in <see cref="HalfBuckets"/>.</summary>
    public bool InHalfBuckets => _buckets is not null;

    /// <summary>A number no other table built in this process has, so that caches of sums can tell tables apart without holding them.</summary>
    public long Id { get; } = Interlocked.Increment(ref s_lastId);

    private static long s_lastId;

    /// <summary>
    /// True when <see cref="Row"/> and <see cref="Add"/> can be used: a slot is 8 floats (the key, then at most 7 weights) and
    /// <see cref="Vector256"/> is hardware accelerated. Their sums, added in the order of <see cref="Score"/>, are its sums.
    /// </summary>
    public bool SumsInVectors => _buckets is not null || (_stride == 8 && Vector256.IsHardwareAccelerated);

    /// <summary>
    /// The row of <paramref name="key"/> as a vector (lanes 1 to <see cref="Width"/> its weights; lane 0 the key's bits in float slots, zero in
    /// half buckets), or zero when the model has no such feature; only when <see cref="SumsInVectors"/>. Adding it is exactly what
    /// <see cref="Score"/> does for the feature (adding a zero to a sum that starts at +0 changes no float).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Row(uint key)
    {
        if (_buckets is not null)
            return _buckets.Row(key);
        var at = SlotOf(key);
        return at < 0 ? Vector256<float>.Zero : Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_table), (nuint)at);
    }

    /// <summary>Adds the rows of <paramref name="keys"/> to <paramref name="sum"/> in order, as <see cref="Score"/> does; only when <see cref="SumsInVectors"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Add(Vector256<float> sum, ReadOnlySpan<uint> keys)
    {
        if (_buckets is { } buckets)
        {
            foreach (var key in keys)
                sum += buckets.Row(key);
            return sum;
        }
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        foreach (var key in keys)
        {
            var at = SlotOf(key);
            if (at >= 0)
                sum += Vector256.LoadUnsafe(ref table, (nuint)at);
        }
        return sum;
    }

    /// <summary>Loads the home slot of every key (so that the misses of a sentence's features overlap) and writes what it read into <paramref name="sink"/>.</summary>
    public void Touch(ReadOnlySpan<uint> keys, Span<uint> sink)
    {
        if (_buckets is not null)
        {
            _buckets.Touch(keys, sink);
            return;
        }
        for (var j = 0; j < keys.Length; j++)
            sink[j] = KeyAt(Home(keys[j]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint key) => _base + (int)(key & (uint)_mask) * _stride;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(uint key)
    {
        if (key == _empty)
            return -1;
        var i = (int)(key & (uint)_mask);
        while (true)
        {
            var at = _base + i * _stride;
            var k = KeyAt(at);
            if (k == key)
                return at;
            if (k == _empty)
                return -1;
            i = (i + 1) & _mask;
        }
    }

    private ref uint KeyAt(int at) => ref Unsafe.As<float, uint>(ref _table[at]);

    private static uint FirstMissing(uint[] ascending)
    {
        var candidate = 0u;
        foreach (var key in ascending)
        {
            if (key > candidate) break;
            if (key == candidate) candidate++;
        }
        return candidate;
    }
}
