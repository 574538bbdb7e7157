using System.Runtime.CompilerServices;

namespace NewsNlp.Text;

/// <summary>Case mapping for hot paths: <see cref="char.ToLowerInvariant"/> with the ASCII case inlined (same results).</summary>
internal static class CharCase
{
    /// <summary>The same as <see cref="char.ToLowerInvariant"/>, without a call for ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLowerInvariant(char c) =>
        c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c
        : c is >= '\u2000' and <= '\u206F' ? c // General Punctuation (dashes, quotes): no case
        : char.ToLowerInvariant(c);
}
