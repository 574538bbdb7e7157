using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;

namespace NewsNlp.Benchmarks;

/// <summary>The two baselines every tokenizer figure is a ratio to.</summary>
public static partial class Baselines
{
    /// <summary>
    /// The floor under any tokenizer: one vectorized pass that counts whitespace-to-non-whitespace
    /// transitions (ASCII space, tab, CR, LF), 16 chars (Vector256 of ushort) at a time.
    /// </summary>
    public static int CountWordStarts(ReadOnlySpan<char> text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var count = 0;
        var previousWasSpace = true;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var space = Vector256.Create((ushort)' ');
            var tab = Vector256.Create((ushort)'\t');
            var lf = Vector256.Create((ushort)'\n');
            var cr = Vector256.Create((ushort)'\r');
            for (; i + Vector256<ushort>.Count <= chars.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.Create(chars.Slice(i, Vector256<ushort>.Count));
                var isSpace = Vector256.Equals(v, space) | Vector256.Equals(v, tab) | Vector256.Equals(v, lf) | Vector256.Equals(v, cr);
                var spaceMask = isSpace.ExtractMostSignificantBits();
                // A word starts where a char is not space and the char before it is space.
                var before = (spaceMask << 1) | (previousWasSpace ? 1u : 0u);
                var starts = ~spaceMask & before & 0xFFFFu;
                count += BitOperations.PopCount(starts);
                previousWasSpace = (spaceMask & 0x8000u) != 0;
            }
        }
        for (; i < chars.Length; i++)
        {
            var isSpace = chars[i] is ' ' or '\t' or '\n' or '\r';
            if (!isSpace && previousWasSpace) count++;
            previousWasSpace = isSpace;
        }
        return count;
    }

    /// <summary>The textbook regex tokenizer, compiled by the source generator.</summary>
    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex WordOrSymbol();

    /// <summary>Counts the matches of <c>\w+|[^\w\s]</c> with <see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/>.</summary>
    public static int CountRegexTokens(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in WordOrSymbol().EnumerateMatches(text))
            count++;
        return count;
    }
}
