using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsNlp.Text;

namespace NewsNlp.Tokenization;

/// <summary>
/// The sentence splitter's filter: it skips the quiet boundaries, where none of the splitter's rules can act,
/// so that the splitter looks closely only at the few others. A boundary is quiet when the gap before the
/// token is empty or one space (no line break), the token before it neither ends in a sentence mark, quote or
/// bracket nor starts with a dot, and the token neither starts with a quote or bracket nor may be a sentence
/// starter (<c>Data/tokenizer/sentence-starters.txt</c>) or the first word of page furniture. It reads the two
/// end chars of each token and looks them up in tables; any non-ASCII char makes a boundary a candidate.
/// </summary>
internal static partial class QuietTokens
{
    private const byte EndsLoud = 1;
    private const byte StartsLoud = 2;

    // Indexed by min(char, 128); the last entry stands for every non-ASCII char.
    private static readonly byte[] Loud = BuildLoud();

    /// <summary>Words that may start a rule: the sentence starters (as written), the first words of page furniture (any case).</summary>
    private static readonly WordFilter Words = BuildWords();

    /// <summary>
    /// The first boundary at or after token <paramref name="b"/> (from 1) and before <paramref name="stop"/> that is
    /// not quiet, or <paramref name="stop"/> when all are. A boundary not quiet may still be no sentence boundary.
    /// </summary>
    public static int SkipQuiet(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int b, int stop)
    {
        stop = Math.Min(stop, tokens.Length);
        if (b >= stop) return b;
        var previous = tokens[b - 1];
        var previousEnd = previous.End;
        var previousLoud = (Loud[Math.Min(text[previousEnd - 1], (char)128)] & EndsLoud) != 0 || text[previous.Start] == '.';
        // The reads below go without bounds checks: b < stop <= tokens.Length, and each token is checked to lie in the
        // text after the one before (a token that does not is left to the rules).
        ref var token0 = ref MemoryMarshal.GetReference(tokens);
        ref var chars = ref MemoryMarshal.GetReference(text);
        ref var flags = ref MemoryMarshal.GetArrayDataReference(Loud);
        ref var words = ref MemoryMarshal.GetArrayDataReference(Words.Bits);
        for (; b < stop; b++)
        {
            if (previousLoud) return b;
            var token = Unsafe.Add(ref token0, b);
            var gap = token.Start - previousEnd;
            var end = token.End;
            if (gap < 0 || token.Length <= 0 || (uint)end > (uint)text.Length) return b;
            if (gap != 0 && (gap != 1 || Unsafe.Add(ref chars, previousEnd) != ' ')) return b;
            var first = Unsafe.Add(ref chars, token.Start);
            var last = Unsafe.Add(ref chars, end - 1);
            // A non-ASCII first char may open a quote; a non-ASCII end passes the word filter.
            if ((first | last) >= 128 || (Unsafe.Add(ref flags, first) & StartsLoud) != 0) return b;
            var key = WordFilter.Key(first, last, token.Length);
            if (((Unsafe.Add(ref words, key >> 6) >> key) & 1) != 0) return b;
            previousLoud = (Unsafe.Add(ref flags, last) & EndsLoud) != 0 || first == '.';
            previousEnd = end;
        }
        return b;
    }

    private static byte[] BuildLoud()
    {
        var table = new byte[129];
        foreach (var c in ".?!)]}([\"'`") table[c] |= EndsLoud; // sentence marks, closers, quotes, brackets
        foreach (var c in "\"'`([{") table[c] |= StartsLoud;     // quotes and opening brackets
        table[128] = EndsLoud | StartsLoud;
        return table;
    }

    private static WordFilter BuildWords()
    {
        var filter = new WordFilter();
        foreach (var word in LanguageData.Lines("tokenizer/sentence-starters.txt")) filter.Add(word, ignoreCase: false);
        foreach (var word in PageFurniture.FirstWords) filter.Add(word, ignoreCase: true);
        return filter;
    }
}
