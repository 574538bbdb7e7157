using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NewsNlp.Text;

namespace NewsNlp.Tokenization;

/// <summary>
/// The chars that can make a token boundary loud (see <see cref="QuietTokens"/>), found in the text 30 chars at a
/// time with vector table lookups, so that the splitter visits only the boundaries next to them and never the others:
/// <list type="bullet">
/// <item>sentence marks, quotes and brackets (<c>. ? ! ( ) [ ] { } " ' `</c>), the colon of a label (<c>Foto:</c>),
/// control chars (line breaks, tabs) and every non-ASCII char;</item>
/// <item>the first of two spaces;</item>
/// <item>the first letter of a word (after a char that is no ASCII letter) that may be a sentence starter or the first
/// word of page furniture that is no label (<c>ADVERTISEMENT</c>, <c>Halaman</c>): its first two letters are in the
/// tables of those words' first and second letters, and its first letter, last letter and length pass
/// <see cref="QuietTokens.MayStart"/>'s word filter.</item>
/// </list>
/// A word is read as the run of ASCII letters from its first letter: the tokenizer never ends a token between two ASCII
/// letters, so a token that is one of the words is such a run. Labels are found by their colon (a label's words are
/// always followed by <c>:</c>), which the caller maps back to the label's first word.
/// Built once from the language data; <see cref="Supported"/> is false without AVX2 or when the words do not fit the
/// tables (the caller then reads every token with <see cref="QuietTokens.SkipQuiet"/>).
/// </summary>
internal static class LoudChars
{
    /// <summary>Chars classified a block; <see cref="Stride"/> of them are reported, the rest are read as what follows.</summary>
    public const int Width = 32;

    /// <summary>Chars reported a block: the last two chars of a block are only looked at as the next chars of a pair.</summary>
    public const int Stride = 30;

    private const uint StrideBits = (1u << Stride) - 1;

    /// <summary>Whether the vector scan can be used (AVX2, and the words' letters fit the tables).</summary>
    public static bool Supported => Avx2.IsSupported && Tables.Fit;

    /// <summary>The tables, built on first use by the runtime (thread-safe).</summary>
    private static class Tables
    {
        public static readonly bool Fit;
        public static readonly Vector256<byte> LoudLow, LoudHigh, WordLow, WordHigh;
        public static readonly ulong[] Words = QuietTokens.WordBits;

        static Tables()
        {
            // Loud chars: rows (high nibbles) 0, 1, 2, 3, 5, 6, 7 and 8 (every non-ASCII char is narrowed to 0x80), a bit each.
            byte[] loudLow = new byte[16], loudHigh = new byte[16];
            ReadOnlySpan<int> loudRows = [0, 1, 2, 3, 5, 6, 7, 8];
            for (var r = 0; r < loudRows.Length; r++) loudHigh[loudRows[r]] = (byte)(1 << r);
            void Loud(int c) => loudLow[c & 15] |= loudHigh[c >> 4];
            for (var c = 0; c < 0x20; c++) Loud(c);
            foreach (var c in QuietTokens.LoudAscii) Loud(c);
            Loud(':');
            Loud(0x80);

            // Word starts: bits 0-3 the first letters (rows 4-7), bits 4-7 the second letters.
            byte[] wordLow = new byte[16], wordHigh = new byte[16];
            for (var r = 4; r < 8; r++) wordHigh[r] = (byte)(0x11 << (r - 4));
            var fit = true;
            void Letter(char c, int shift)
            {
                if (!char.IsAsciiLetter(c)) { fit = false; return; }
                wordLow[c & 15] |= (byte)((1 << ((c >> 4) - 4)) << shift);
            }
            foreach (var (word, ignoreCase) in QuietTokens.StartWords)
            {
                if (word.Length < 2) { fit = false; continue; }
                foreach (var first in ignoreCase ? [char.ToLowerInvariant(word[0]), char.ToUpperInvariant(word[0])] : new[] { word[0] }) Letter(first, 0);
                foreach (var second in ignoreCase ? [char.ToLowerInvariant(word[1]), char.ToUpperInvariant(word[1])] : new[] { word[1] }) Letter(second, 4);
            }
            Fit = fit;
            LoudLow = Lane(loudLow);
            LoudHigh = Lane(loudHigh);
            WordLow = Lane(wordLow);
            WordHigh = Lane(wordHigh);
        }

        private static Vector256<byte> Lane(ReadOnlySpan<byte> table) => Vector256.Create(Vector128.Create(table), Vector128.Create(table));
    }

    /// <summary>
    /// The loud chars among <c>text[i .. i + Stride]</c> (bit k for <c>text[i + k]</c>); it reads <see cref="Width"/> chars
    /// from <paramref name="i"/>. <paramref name="letterBefore"/> is 1 when <c>text[i - 1]</c> is an ASCII letter, and
    /// becomes that of the next block (<c>i + Stride</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Block(ReadOnlySpan<char> text, int i, ref uint letterBefore)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var ascii = Vector256.Create((ushort)0x80);
        var v = Vector256.Narrow(
            Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)i), ascii),
            Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)(i + Vector256<ushort>.Count)), ascii));
        var low = v & Vector256.Create((byte)0x0F);
        var high = Vector256.ShiftRightLogical(v.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
        var loud = Avx2.Shuffle(Tables.LoudLow, low) & Avx2.Shuffle(Tables.LoudHigh, high);
        var hits = ~Vector256.Equals(loud, Vector256<byte>.Zero).ExtractMostSignificantBits();
        var spaces = Vector256.Equals(v, Vector256.Create((byte)' ')).ExtractMostSignificantBits();
        hits |= spaces & (spaces >> 1);
        var letters = Vector256.LessThanOrEqual((v | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)25))
            .ExtractMostSignificantBits();
        var word = Avx2.Shuffle(Tables.WordLow, low) & Avx2.Shuffle(Tables.WordHigh, high);
        var firsts = ~Vector256.Equals(word & Vector256.Create((byte)0x0F), Vector256<byte>.Zero).ExtractMostSignificantBits();
        var seconds = ~Vector256.Equals(word & Vector256.Create((byte)0xF0), Vector256<byte>.Zero).ExtractMostSignificantBits();
        var starts = firsts & (seconds >> 1) & ~((letters << 1) | letterBefore) & StrideBits;
        letterBefore = (letters >> (Stride - 1)) & 1;
        if (starts != 0) hits |= WordHits(text, i, starts, letters);
        return hits & StrideBits;
    }

    /// <summary>The word starts among <paramref name="starts"/> whose first letter, last letter and length pass the word filter.</summary>
    private static uint WordHits(ReadOnlySpan<char> text, int i, uint starts, uint letters)
    {
        var hits = 0u;
        ref var chars = ref MemoryMarshal.GetReference(text);
        ref var words = ref MemoryMarshal.GetArrayDataReference(Tables.Words);
        var run = (ulong)letters; // bits past the block are clear: a run that reaches them is not known to end
        do
        {
            var k = BitOperations.TrailingZeroCount(starts);
            var end = k + BitOperations.TrailingZeroCount(~run >> k);
            if (end >= Width)
            {
                hits |= 1u << k;
            }
            else
            {
                var key = WordFilter.Key(Unsafe.Add(ref chars, i + k), Unsafe.Add(ref chars, i + end - 1), end - k);
                hits |= (uint)((Unsafe.Add(ref words, key >> 6) >> key) & 1) << k;
            }
            starts &= starts - 1;
        }
        while (starts != 0);
        return hits;
    }

    /// <summary>
    /// The loud chars among <c>text[i ..]</c> (fewer than <see cref="Width"/> chars, at the end of the text), char by char:
    /// every word start that is an ASCII letter counts, without the tables.
    /// </summary>
    public static uint Tail(ReadOnlySpan<char> text, int i)
    {
        var hits = 0u;
        for (var k = 0; i + k < text.Length && k < Stride; k++)
        {
            var c = text[i + k];
            var loud = c >= 128 || c < 0x20 || c == ':' || QuietTokens.LoudAscii.Contains(c)
                || (c == ' ' && i + k + 1 < text.Length && text[i + k + 1] == ' ')
                || (char.IsAsciiLetter(c) && (i + k == 0 || !char.IsAsciiLetter(text[i + k - 1])));
            if (loud) hits |= 1u << k;
        }
        return hits;
    }
}
