using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Tokenization;

/// <summary>
/// Tokenizes plain stretches of text 32 chars at a time with bit masks, without a branch per token.
/// A plain stretch holds ASCII white space, runs of ASCII letters and runs of ASCII digits (not touching each
/// other), the marks <c>, ; ( ) " ? !</c> (a comma not before a digit) and dots before white space.
/// There a run of letters is a <see cref="TokenKind.Word"/> (an <see cref="TokenKind.Abbreviation"/> before a
/// dot when it is one), a run of digits a <see cref="TokenKind.Number"/> and every mark or dot a token of one
/// char, exactly as <see cref="TokenReader"/> reads them (<see cref="TokenReader.ScanPlain"/> says why).
/// At any other char (a hyphen, a slash, a dot inside a word or number, a non-ASCII char) it stops, and the
/// token there is left to the full rules.
/// </summary>
internal static class PlainBlocks
{
    /// <summary>Chars per block, and the room for tokens it needs to go on.</summary>
    public const int Width = 32;

    private const ulong LastBit = 1UL << (Width - 1);

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
                var c = Classify(ref first, i);
                var alnum = c.Letters | c.Digits;
                // A comma before a digit may be inside a number (so may the last comma, whose next char is not
                // read); a dot ends a token only before white space.
                var marks = c.Marks | (c.Commas & ~(c.Digits >> 1) & (LastBit - 1)) | (c.Dots & (c.Spaces >> 1));
                // A letter next to a digit makes a token of its own kind (3ribu, COVID19): stop there.
                var mixed = (c.Letters & (c.Digits << 1)) | (c.Digits & (c.Letters << 1));
                var stop = BitOperations.TrailingZeroCount(~(alnum | c.Spaces | marks) | mixed);
                var continued = alnum & (alnum << 1);
                // Token starts before the stop: every mark, the first char of every run.
                var starts = (marks | (alnum & ~(alnum << 1))) & ((1UL << stop) - 1);
                var resume = i + stop;
                while (starts != 0)
                {
                    var k = BitOperations.TrailingZeroCount(starts);
                    // The token ends at the first char after its start that does not continue a run;
                    // unless the block has read that char, the token may go on, and the full rules read it.
                    var end = k + 1 + BitOperations.TrailingZeroCount(~continued >> (k + 1));
                    if (end >= stop)
                    {
                        resume = i + k;
                        break;
                    }
                    var kind = CharClass.SingleKind(text[i + k]);
                    if (kind == TokenKind.Word && text[i + end] == '.')
                        kind = TokenReader.WordBeforeDot(text.Slice(i + k, end - k)); // Jl. dll. P.
                    destination[count++] = new TokenSpan(i + k, end - k, kind);
                    starts &= starts - 1;
                }
                if (resume == i) break;
                i = resume;
            }
        }
        next = i;
        return count;
    }

    /// <summary>The classes of 32 chars: bit k of each mask is about the char at <c>i + k</c>.</summary>
    private readonly record struct Classes(ulong Letters, ulong Digits, ulong Spaces, ulong Marks, ulong Commas, ulong Dots);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Classes Classify(ref ushort first, int i)
    {
        // Every non-ASCII char becomes 0x80 (in no class), then the 32 chars are narrowed to bytes.
        var ascii = Vector256.Create((ushort)0x80);
        var v = Vector256.Narrow(
            Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)i), ascii),
            Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)(i + Vector256<ushort>.Count)), ascii));
        // (c | 0x20) - 'a' is at most 25 (unsigned) for A-Z and a-z only.
        var letters = Vector256.LessThanOrEqual((v | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)25));
        var digits = Vector256.LessThanOrEqual(v - Vector256.Create((byte)'0'), Vector256.Create((byte)9));
        var spaces = Vector256.Equals(v, Vector256.Create((byte)' '))
            | Vector256.LessThanOrEqual(v - Vector256.Create((byte)'\t'), Vector256.Create((byte)('\r' - '\t')));
        var marks = Vector256.Equals(v, Vector256.Create((byte)';'))
            | Vector256.Equals(v, Vector256.Create((byte)'"'))
            | Vector256.Equals(v, Vector256.Create((byte)'('))
            | Vector256.Equals(v, Vector256.Create((byte)')'))
            | Vector256.Equals(v, Vector256.Create((byte)'?'))
            | Vector256.Equals(v, Vector256.Create((byte)'!'));
        return new Classes(
            letters.ExtractMostSignificantBits(),
            digits.ExtractMostSignificantBits(),
            spaces.ExtractMostSignificantBits(),
            marks.ExtractMostSignificantBits(),
            Vector256.Equals(v, Vector256.Create((byte)',')).ExtractMostSignificantBits(),
            Vector256.Equals(v, Vector256.Create((byte)'.')).ExtractMostSignificantBits());
    }
}
