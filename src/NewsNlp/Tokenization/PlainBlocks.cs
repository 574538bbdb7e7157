using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Tokenization;

/// <summary>
/// Tokenizes plain stretches of text 32 chars at a time with bit masks, without a branch per token:
/// ASCII letters, ASCII white space and the marks <c>, ; ( ) " ? !</c>. There every run of letters is a
/// <see cref="TokenKind.Word"/> and every mark a token of one char, exactly as <see cref="TokenReader"/>
/// reads them (<see cref="TokenReader.ScanPlain"/> says why). At any other char (a dot, a digit, a hyphen,
/// a non-ASCII char) it stops, and the token there is left to the full rules.
/// </summary>
internal static class PlainBlocks
{
    /// <summary>Chars per block, and the room for tokens it needs to go on.</summary>
    public const int Width = 32;

    /// <summary>
    /// Writes the tokens of the plain text from <paramref name="start"/> on into <paramref name="destination"/>
    /// and returns how many it wrote. It stops when fewer than <see cref="Width"/> places are left, near the end
    /// of the text, or at a token it cannot read; <paramref name="next"/> is where it stopped (white space or the
    /// start of a token not written).
    /// </summary>
    public static int Scan(ReadOnlySpan<char> text, int start, Span<TokenSpan> destination, out int next)
    {
        var count = 0;
        var i = start;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while (i <= text.Length - Width && destination.Length - count >= Width)
            {
                var letters = Classify(ref first, i, out var spaces, out var marks);
                // The first char the block cannot read (Width when it reads them all).
                var stop = BitOperations.TrailingZeroCount(~(letters | spaces | marks));
                var continued = letters & (letters << 1);
                // Token starts before the stop: every mark, the first letter of every run.
                var starts = (marks | (letters & ~(letters << 1))) & ((1UL << stop) - 1);
                var resume = i + stop;
                while (starts != 0)
                {
                    var k = BitOperations.TrailingZeroCount(starts);
                    // The token ends at the first char after its start that does not continue a run of letters;
                    // unless the block has read that char, the token may go on, and the full rules read it.
                    var end = k + 1 + BitOperations.TrailingZeroCount(~continued >> (k + 1));
                    if (end >= stop)
                    {
                        resume = i + k;
                        break;
                    }
                    destination[count++] = new TokenSpan(i + k, end - k, CharClass.SingleKind(text[i + k]));
                    starts &= starts - 1;
                }
                if (resume == i) break;
                i = resume;
            }
        }
        next = i;
        return count;
    }

    /// <summary>
    /// Bit k of the result is set when the char at <c>i + k</c> is an ASCII letter; of <paramref name="spaces"/>,
    /// when it is ASCII white space (tab to carriage return, space); of <paramref name="marks"/>, when it is one
    /// of <c>, ; ( ) " ? !</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Classify(ref ushort first, int i, out ulong spaces, out ulong marks)
    {
        var a = Vector256.LoadUnsafe(ref first, (nuint)i);
        var b = Vector256.LoadUnsafe(ref first, (nuint)(i + Vector256<ushort>.Count));
        spaces = SpacesOf(a) | (ulong)SpacesOf(b) << Vector256<ushort>.Count;
        marks = MarksOf(a) | (ulong)MarksOf(b) << Vector256<ushort>.Count;
        return LettersOf(a) | (ulong)LettersOf(b) << Vector256<ushort>.Count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LettersOf(Vector256<ushort> v) =>
        // (c | 0x20) - 'a' is at most 25 (unsigned) for A-Z and a-z only.
        Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25))
            .ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SpacesOf(Vector256<ushort> v) =>
        (Vector256.Equals(v, Vector256.Create((ushort)' '))
         | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t'))))
            .ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint MarksOf(Vector256<ushort> v) =>
        (Vector256.Equals(v, Vector256.Create((ushort)','))
         | Vector256.Equals(v, Vector256.Create((ushort)'"'))
         | Vector256.Equals(v, Vector256.Create((ushort)'('))
         | Vector256.Equals(v, Vector256.Create((ushort)')'))
         | Vector256.Equals(v, Vector256.Create((ushort)'?'))
         | Vector256.Equals(v, Vector256.Create((ushort)'!'))
         | Vector256.Equals(v, Vector256.Create((ushort)';')))
            .ExtractMostSignificantBits();
}
