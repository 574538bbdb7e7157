using System.Text;

namespace NewsNlp.Tokenization;

/// <summary>Recognises emoji sequences: pictographs with variation selectors, skin-tone modifiers,
/// tags, keycaps, flags (regional indicator pairs) and zero-width-joiner sequences.</summary>
internal static class Emoji
{
    /// <summary>True when the rune starts an emoji on its own (without a variation selector).</summary>
    public static bool IsPictograph(int cp) =>
        cp is >= 0x1F000 and <= 0x1FAFF or >= 0x1FC00 and <= 0x1FFFD
            or >= 0x2600 and <= 0x27BF
            or 0x231A or 0x231B or 0x2328 or 0x23CF or >= 0x23E9 and <= 0x23FA
            or 0x2B50 or 0x2B55 or 0x2B1B or 0x2B1C or 0x2B05 or 0x2B06 or 0x2B07
            or 0x2934 or 0x2935 or 0x3030 or 0x303D or 0x3297 or 0x3299;

    /// <summary>Symbols that are emoji only when a variation selector U+FE0F follows (©, ®, ™, arrows).</summary>
    private static bool IsTextDefault(int cp) =>
        cp is 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or >= 0x2194 and <= 0x21AA
            or 0x24C2 or >= 0x25AA and <= 0x25FE;

    private static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>
    /// The length of the emoji sequence starting at <paramref name="start"/>, or 0 when none starts there.
    /// Keycaps (<c>1️⃣</c>) are recognised too.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, int start)
    {
        if (Rune.DecodeFromUtf16(text[start..], out var rune, out var len) != System.Buffers.OperationStatus.Done)
            return 0;
        var cp = rune.Value;
        var i = start + len;
        if (cp is >= '0' and <= '9' or '#' or '*')
        {
            // keycap: digit, optional FE0F, U+20E3
            var k = i;
            if (k < text.Length && text[k] == '\uFE0F') k++;
            return k < text.Length && text[k] == '\u20E3' ? k + 1 - start : 0;
        }
        if (IsRegionalIndicator(cp))
        {
            if (Rune.DecodeFromUtf16(text[i..], out var next, out var nlen) == System.Buffers.OperationStatus.Done && IsRegionalIndicator(next.Value))
                i += nlen;
            return i - start;
        }
        if (!IsPictograph(cp))
        {
            if (!IsTextDefault(cp) || i >= text.Length || text[i] != '\uFE0F') return 0;
        }
        return Extend(text, i) - start;
    }

    /// <summary>Consumes modifiers and joined pictographs after an emoji base ending at <paramref name="i"/>.</summary>
    private static int Extend(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3') { i++; continue; }
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var len) != System.Buffers.OperationStatus.Done)
                return i;
            var cp = rune.Value;
            if (cp is >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F) { i += len; continue; }
            if (c == '\u200D' && i + 1 < text.Length &&
                Rune.DecodeFromUtf16(text[(i + 1)..], out var joined, out var jlen) == System.Buffers.OperationStatus.Done &&
                (IsPictograph(joined.Value) || IsTextDefault(joined.Value)))
            {
                i += 1 + jlen;
                continue;
            }
            return i;
        }
        return i;
    }
}
