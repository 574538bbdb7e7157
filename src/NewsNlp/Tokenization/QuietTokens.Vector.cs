using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp.Tokenization;

internal static partial class QuietTokens
{
    /// <summary>Bits of the ASCII chars with <see cref="StartsLoud"/> (dwords 0-3) and all ones for 128 and up (dwords 4-7).</summary>
    private static readonly Vector256<uint> StartsLoudBits = CharBits(StartsLoud);

    /// <summary>The same for <see cref="EndsLoud"/>.</summary>
    private static readonly Vector256<uint> EndsLoudBits = CharBits(EndsLoud);

    /// <summary>Whether <see cref="Skip"/> goes by <see cref="TryMask"/> (AVX2 and the 12-byte token layout it reads).</summary>
    public static bool Vectorized => Avx2.IsSupported && Unsafe.SizeOf<TokenSpan>() == 12;

    /// <summary>
    /// <see cref="SkipQuiet"/> by masks of 64 boundaries (<see cref="TryMask"/>) when <see cref="Vectorized"/>, else <see cref="SkipQuiet"/>
    /// itself: the first boundary at or after <paramref name="b"/> and before <paramref name="stop"/> that is not quiet, or
    /// <paramref name="stop"/>. The mask last computed is kept in <paramref name="maskBase"/> (its first boundary) and
    /// <paramref name="mask"/>; the caller sets <paramref name="maskBase"/> to <see cref="NoMask"/> whenever the tokens change.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Skip(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b, int stop, ref int maskBase, ref ulong mask)
    {
        if (!Vectorized) return SkipQuiet(text, tokens, b, stop); // a constant to the JIT: the test folds away
        stop = Math.Min(stop, tokens.Length);
        if (b >= stop) return b;
        while (true)
        {
            if ((uint)(b - maskBase) >= 64)
            {
                if (!TryMask(text, tokens, b, out mask))
                {
                    maskBase = NoMask;
                    return SkipQuiet(text, tokens, b, stop);
                }
                maskBase = b;
            }
            var m = mask >> (b - maskBase);
            if (m != 0) return Math.Min(b + BitOperations.TrailingZeroCount(m), stop);
            b = maskBase + 64;
            if (b >= stop) return stop;
        }
    }

    /// <summary>A <c>maskBase</c> for <see cref="Skip"/> that no boundary is within 64 of.</summary>
    public const int NoMask = int.MinValue / 2;

    /// <summary>
    /// Bit k of <paramref name="mask"/> is set when the boundary before token <c>b + k</c> is not quiet (<see cref="SkipQuiet"/>
    /// would stop there), for the boundaries before the end of <paramref name="tokens"/>; the bits past it are set. Eight
    /// boundaries at a time with AVX2: the tokens' starts and lengths from three loads, each token's first char and the char
    /// before it and its last char from two gathers (or, with AVX-512, picked out of the 64 chars the eight tokens lie in), the word filter's bit from a third; the end and the loud end
    /// of the token before each come from the lane before. The last boundaries (fewer than eight tokens left) are asked of
    /// <see cref="SkipQuiet"/> one by one. False (and no mask) when a token of the 64 is not as the tokenizer writes them
    /// (non-empty, inside the text, not before the end of the one before): the caller then asks <see cref="SkipQuiet"/>.
    /// Reads the chars of the tokens only (the gathers are masked to such tokens).
    /// </summary>
    public static unsafe bool TryMask(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b, out ulong mask)
    {
        if (b < 1 || b >= tokens.Length) throw new ArgumentOutOfRangeException(nameof(b));
        var previous = tokens[b - 1];
        var previousLoud = (Loud[Math.Min(text[previous.End - 1], (char)128)] & EndsLoud) != 0 || text[previous.Start] == '.';
        var groups = Math.Min(8, (tokens.Length - b) / 8);
        ulong result = 0;
        mask = 0;
        if (text.Length < 2) return false;
        if (groups > 0)
        {
            var startIndex = Vector256.Create(0, 3, 6, 0, 0, 0, 0, 0);
            var startIndex1 = Vector256.Create(0, 0, 0, 1, 4, 7, 0, 0);
            var startIndex2 = Vector256.Create(0, 0, 0, 0, 0, 0, 2, 5);
            var lengthIndex = Vector256.Create(1, 4, 7, 0, 0, 0, 0, 0);
            var lengthIndex1 = Vector256.Create(0, 0, 0, 2, 5, 0, 0, 0);
            var lengthIndex2 = Vector256.Create(0, 0, 0, 0, 0, 0, 3, 6);
            var rotate = Vector256.Create(7, 0, 1, 2, 3, 4, 5, 6);
            var lastLane = Vector256.Create(7);
            var textLength = Vector256.Create((uint)text.Length);
            var startsLoud = StartsLoudBits;
            var endsLoud = EndsLoudBits;
            var one = Vector256<int>.One;
            var pick = Avx512BW.IsSupported;
            var carryEnd = Vector256.Create(previous.End);
            var carryLoud = previousLoud ? Vector256<int>.AllBitsSet : Vector256<int>.Zero;
            fixed (char* chars = text)
            fixed (TokenSpan* first = tokens)
            fixed (ulong* words = Words.Bits)
            {
                var ints = (int*)(first + b);
                for (var g = 0; g < groups; g++, ints += 24)
                {
                    var v0 = Avx.LoadVector256(ints);
                    var v1 = Avx.LoadVector256(ints + 8);
                    var v2 = Avx.LoadVector256(ints + 16);
                    var start = Avx2.Blend(Avx2.Blend(Avx2.PermuteVar8x32(v0, startIndex), Avx2.PermuteVar8x32(v1, startIndex1), 0b00111000),
                        Avx2.PermuteVar8x32(v2, startIndex2), 0b11000000);
                    var length = Avx2.Blend(Avx2.Blend(Avx2.PermuteVar8x32(v0, lengthIndex), Avx2.PermuteVar8x32(v1, lengthIndex1), 0b00011000),
                        Avx2.PermuteVar8x32(v2, lengthIndex2), 0b11100000);
                    var end = start + length;
                    var previousEnd = Avx2.Blend(Avx2.PermuteVar8x32(end, rotate), carryEnd, 0b00000001);
                    var gap = start - previousEnd;
                    // A token of its own: non-empty, inside the text, not before the end of the one before (and not at 0).
                    var valid = ~(Vector256.LessThan(gap, Vector256<int>.Zero) | Vector256.LessThan(length, one)
                        | Vector256.GreaterThan(end.AsUInt32(), textLength).AsInt32() | Vector256.LessThan(start, one));
                    if (Avx.MoveMask(valid.AsSingle()) != 0xFF) return false;
                    // The char before each token, its first char and its last char: picked out of the 64 chars from the
                    // one before the first token when the eight tokens lie within them (AVX-512), else gathered.
                    Vector256<uint> before, firstChar, lastChar;
                    var from = start.ToScalar() - 1;
                    if (pick && end.GetElement(7) - from <= 64 && from <= text.Length - 64)
                    {
                        var low = Vector512.Load((ushort*)chars + from);
                        var high = Vector512.Load((ushort*)chars + from + 32);
                        var at = start - Vector256.Create(from);
                        before = Pick(low, high, at - one);
                        firstChar = Pick(low, high, at);
                        lastChar = Pick(low, high, end - Vector256.Create(from + 1));
                    }
                    else
                    {
                        var around = Avx2.GatherMaskVector256(Vector256<int>.Zero, (int*)chars, start - one, valid, 2).AsUInt32();
                        var ending = Avx2.GatherMaskVector256(Vector256<int>.Zero, (int*)chars, end - Vector256.Create(2), valid, 2).AsUInt32();
                        before = around & Vector256.Create(0xFFFFu);
                        firstChar = around >> 16;
                        lastChar = ending >> 16;
                    }
                    var nonAscii = Vector256.GreaterThan(firstChar | lastChar, Vector256.Create(127u));
                    var startLoud = Lookup(startsLoud, firstChar);
                    var endLoud = Lookup(endsLoud, lastChar) | Vector256.Equals(firstChar, Vector256.Create((uint)'.'));
                    var key = ((firstChar & Vector256.Create(63u)) << 9) | ((lastChar & Vector256.Create(31u)) << 4) | (length.AsUInt32() & Vector256.Create(15u));
                    var word = Avx2.GatherVector256((uint*)words, (key >> 5).AsInt32(), 4);
                    var wordBit = Vector256.Equals(Avx2.ShiftRightLogicalVariable(word, key & Vector256.Create(31u)) & Vector256<uint>.One, Vector256<uint>.One);
                    var previousEndLoud = Avx2.Blend(Avx2.PermuteVar8x32(endLoud.AsInt32(), rotate), carryLoud, 0b00000001);
                    var gapLoud = ~Vector256.Equals(gap, Vector256<int>.Zero)
                        & ~(Vector256.Equals(gap, one) & Vector256.Equals(before, Vector256.Create((uint)' ')).AsInt32());
                    var loud = previousEndLoud | gapLoud | (nonAscii | startLoud | wordBit).AsInt32();
                    result |= (ulong)(uint)Avx.MoveMask(loud.AsSingle()) << (8 * g);
                    carryEnd = Avx2.PermuteVar8x32(end, lastLane);
                    carryLoud = Avx2.PermuteVar8x32(endLoud.AsInt32(), lastLane);
                }
            }
        }
        // The boundaries the groups did not cover, one by one.
        for (var k = 8 * groups; k < 64; k++)
        {
            var at = b + k;
            if (at >= tokens.Length) { result |= ulong.MaxValue << k; break; }
            var before = tokens[at - 1];
            if (k > 0 && (before.Start < 0 || before.Length <= 0 || before.End > text.Length)) return false; // SkipQuiet reads its chars
            if (SkipQuiet(text, tokens, at, at + 1) == at) result |= 1UL << k;
        }
        mask = result;
        return true;
    }

    /// <summary>
    /// The chars at <paramref name="at"/> (each from 0 to 63) of the 64 chars in <paramref name="low"/> and <paramref name="high"/>,
    /// one a 32-bit lane (VPERMI2W: the high half of each index lane is 0 and its pick, char 0, is masked off).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Pick(Vector512<ushort> low, Vector512<ushort> high, Vector256<int> at) =>
        Avx512BW.PermuteVar32x16x2(low, at.AsUInt16().ToVector512Unsafe(), high).GetLower().AsUInt32() & Vector256.Create(0xFFFFu);

    /// <summary>All ones in the lanes whose char (below 128) has its bit set in <paramref name="bits"/> (any char from 128 up: all ones).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Lookup(Vector256<uint> bits, Vector256<uint> c)
    {
        var dword = Avx2.PermuteVar8x32(bits, Vector256.Min(c, Vector256.Create(255u)) >> 5);
        return Vector256.Equals(Avx2.ShiftRightLogicalVariable(dword, c & Vector256.Create(31u)) & Vector256<uint>.One, Vector256<uint>.One);
    }

    private static Vector256<uint> CharBits(byte flag)
    {
        // From a table of its own: the static fields of the other file may not be set yet.
        var loud = BuildLoud();
        Span<uint> bits = stackalloc uint[8];
        for (var c = 0; c < 128; c++)
            if ((loud[c] & flag) != 0) bits[c >> 5] |= 1u << (c & 31);
        bits[4..].Fill(uint.MaxValue);
        return Vector256.Create<uint>(bits);
    }
}
