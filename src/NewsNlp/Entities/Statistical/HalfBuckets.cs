using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// A model's feature rows with half-precision weights, 2 MB: 2^15 lines of four 16-byte entries (a 16-bit tag, then at most
/// <see cref="MaxWidth"/> weights as <see cref="Half"/> bits), 64 bytes a line, so a lookup reads one cache line. A key's line is its
/// low 15 bits; an entry holds the key's high 16 bits as its tag and its bit 15 in the line's side byte, and an entry only lives in
/// its key's line, so line, tag and side bit are the whole key: a match is that key, never another one. A lookup compares the four
/// tags at once, takes the first entry that matches and widens its halves to floats (exact: every half is a float). An empty entry has
/// tag 0, side bit 0 and zero weights, and comes after the line's keys, so matching it adds zeros, as a missing key must. A key whose
/// line is already full goes to a small table of full keys (<see cref="FeatureRows"/> with float slots), looked up only for a line
/// marked as having such keys when no entry matched. Built once, immutable; lookups allocate nothing.
/// </summary>
internal sealed class HalfBuckets
{
    /// <summary>Most weights an entry holds.</summary>
    public const int MaxWidth = 7;

    private const int LineBits = 15;
    private const int Lines = 1 << LineBits;
    private const int Ways = 4;
    private const int EntryHalves = 8;
    private const int LineHalves = Ways * EntryHalves;
    private const byte Overflowed = 1 << Ways;

    private readonly ushort[] _table;
    private readonly int _base;
    private readonly byte[] _side = new byte[Lines];
    private readonly FeatureRows? _stash;
    private readonly bool _oneCompare;

    /// <summary>2^112, which takes a half's bits shifted into a float's place to its value.</summary>
    private static readonly Vector256<float> HalfScale = Vector256.Create(BitConverter.Int32BitsToSingle((127 + 112) << 23));

    /// <summary>True when <paramref name="weights"/> can be held here without change: each a finite half, at most <see cref="MaxWidth"/> a row, on a machine with vectors.</summary>
    public static bool Fits(ReadOnlySpan<float> weights, int width)
    {
        if (width is < 1 or > MaxWidth || !Vector256.IsHardwareAccelerated || !Vector128.IsHardwareAccelerated)
            return false;
        foreach (var w in weights)
            if (!TryHalfBits(w, out _))
                return false;
        return true;
    }

    /// <summary>
    /// The bits of the half equal to <paramref name="value"/>, false when no half is (a finer fraction, too large, too small, infinite, NaN).
    /// By the float's bits: a model's 350,000 weights are checked and converted at load, where <see cref="Half"/>'s conversions cost milliseconds.
    /// </summary>
    public static bool TryHalfBits(float value, out ushort half)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        var sign = (bits >> 16) & 0x8000;
        var exponent = (int)((bits >> 23) & 0xFF);
        var fraction = bits & 0x7FFFFF;
        half = (ushort)sign;
        if (exponent == 0)
            return fraction == 0;                   // zero; float subnormals are below every half
        if (exponent > 127 + 15)
            return false;                           // beyond the largest half (65504), infinite or NaN
        if (exponent >= 127 - 14)
        {
            // A normal half: 10 bits of fraction.
            if ((fraction & 0x1FFF) != 0) return false;
            half = (ushort)(sign | ((uint)(exponent - 127 + 15) << 10) | (fraction >> 13));
            return true;
        }
        if (exponent < 127 - 24)
            return false;                           // below the smallest half, 2^-24
        // A subnormal half: the value is m * 2^-24, m = the significand shifted right, no bit lost.
        var significand = 0x800000u | fraction;
        var shift = 126 - exponent;
        if ((significand & ((1u << shift) - 1)) != 0) return false;
        half = (ushort)(sign | (significand >> shift));
        return true;
    }

    /// <summary>
    /// Indexes <paramref name="keys"/> (distinct, ascending) with their rows of <paramref name="width"/> weights; only when <see cref="Fits"/>. A lookup compares
    /// a line's tags in one 512-bit vector when <paramref name="oneCompare"/> is true, or null and <see cref="Vector512"/> is accelerated, else in two
    /// 256-bit ones (same answers; tests try both).
    /// </summary>
    public HalfBuckets(ReadOnlySpan<uint> keys, ReadOnlySpan<float> weights, int width, bool? oneCompare = null)
    {
        if (width is < 1 or > MaxWidth || !Vector256.IsHardwareAccelerated || !Vector128.IsHardwareAccelerated)
            throw new ArgumentException("Rows too wide, or no vectors on this machine.", nameof(width));
        Width = width;
        _oneCompare = (oneCompare ?? true) && Vector512.IsHardwareAccelerated;
        // Pinned so that the lines stay where they are aligned: 64 bytes = 32 halves.
        _table = GC.AllocateArray<ushort>(Lines * LineHalves + 32, pinned: true);
        _base = (int)((64 - Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0) % 64) % 64 / sizeof(ushort));
        var used = new byte[Lines];
        var aside = new List<int>();
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (row > 0 && key <= keys[row - 1])
                throw new InvalidDataException($"Feature keys are not distinct and ascending ({keys[row - 1]}, then {key}).");
            var line = (int)(key & (Lines - 1));
            if (used[line] == Ways)
            {
                aside.Add(row);
                _side[line] |= Overflowed;
                continue;
            }
            var entry = used[line]++;
            var at = _base + line * LineHalves + entry * EntryHalves;
            _table[at] = (ushort)(key >> 16);
            _side[line] |= (byte)(((key >> LineBits) & 1) << entry);
            for (var k = 0; k < width; k++)
            {
                if (!TryHalfBits(weights[row * width + k], out var half))
                    throw new ArgumentException($"Weight {weights[row * width + k]} of feature {key} is not a half.", nameof(weights));
                _table[at + 1 + k] = half;
            }
        }
        StashCount = aside.Count;
        if (aside.Count > 0)
        {
            // Padded to the widest row, so that the float slots are 8 wide and read as one vector; the rows are in key order.
            var asideKeys = new uint[aside.Count];
            var asideWeights = new float[aside.Count * MaxWidth];
            for (var i = 0; i < aside.Count; i++)
            {
                asideKeys[i] = keys[aside[i]];
                for (var k = 0; k < width; k++)
                {
                    var w = weights[aside[i] * width + k];
                    if (!TryHalfBits(w, out _))
                        throw new ArgumentException($"Weight {w} of feature {asideKeys[i]} is not a half.", nameof(weights));
                    asideWeights[i * MaxWidth + k] = w;
                }
            }
            _stash = new FeatureRows(asideKeys, asideWeights, MaxWidth, halfBuckets: false);
        }
    }

    /// <summary>Weights per feature.</summary>
    public int Width { get; }

    /// <summary>How many keys did not fit in their line (kept with their full key aside).</summary>
    public int StashCount { get; }

    /// <summary>
    /// The row of <paramref name="key"/> as a vector: lane 0 zero, lanes 1 to <see cref="Width"/> its weights, the others zero; all zero when
    /// the model has no such feature.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Row(uint key)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        var line = key & (Lines - 1);
        var at = (nuint)_base + line * LineHalves;
        uint tags;
        if (_oneCompare)
        {
            // Bits 0, 8, 16 and 24 of the mask are the four tags, gathered into bits 24 to 27 by one multiply (no carries).
            var all = Vector512.Equals(Vector512.LoadUnsafe(ref table, at), Vector512.Create((ushort)(key >> 16))).ExtractMostSignificantBits();
            tags = (uint)(((all & 0x01010101UL) * 0x01020408UL) >> 24) & 0xF;
        }
        else
        {
            var tag = Vector256.Create((ushort)(key >> 16));
            // Bits 0 and 8 of each mask are the tags of two entries.
            var low = Vector256.Equals(Vector256.LoadUnsafe(ref table, at), tag).ExtractMostSignificantBits();
            var high = Vector256.Equals(Vector256.LoadUnsafe(ref table, at + 2 * EntryHalves), tag).ExtractMostSignificantBits();
            tags = (low & 1) | ((low >> 7) & 2) | ((high << 2) & 4) | ((high >> 5) & 8);
        }
        uint side = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_side), (nint)line);
        // Entries whose side bit is the key's bit 15.
        var sameBit = ~(side ^ (0u - ((key >> LineBits) & 1)));
        var hits = tags & sameBit & ((1u << Ways) - 1);
        if (hits == 0 && (side & Overflowed) != 0)
            return FromStash(key);
        // The first match: the key itself, or an empty entry (zeros) when the line does not hold it; with no match, entry 3 cleared.
        var entry = Vector128.LoadUnsafe(ref table, at + (nuint)(BitOperations.TrailingZeroCount(hits | 8) * EntryHalves));
        var keep = (ushort)(0u - ((hits | (0u - hits)) >> 31));
        var halves = entry & Vector128.Create(keep) & Vector128.Create((ushort)0, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF);
        return ToSingle(halves.AsInt16());
    }

    /// <summary>Loads the line of every key (so that the misses of a sentence's features overlap) and writes what it read into <paramref name="sink"/>.</summary>
    public void Touch(ReadOnlySpan<uint> keys, Span<uint> sink)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        for (var j = 0; j < keys.Length; j++)
            sink[j] = Unsafe.Add(ref table, (nuint)_base + (keys[j] & (Lines - 1)) * LineHalves);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Vector256<float> FromStash(uint key) =>
        _stash!.Row(key) & Vector256.Create(0, -1, -1, -1, -1, -1, -1, -1).AsSingle();

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
