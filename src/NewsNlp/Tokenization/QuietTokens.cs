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
internal static class QuietTokens
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
        var loud = Loud;
        var words = Words;
        var previous = tokens[b - 1];
        var previousEnd = previous.End;
        var previousLoud = (loud[Math.Min(text[previousEnd - 1], (char)128)] & EndsLoud) != 0 || text[previous.Start] == '.';
        for (; b < stop; b++)
        {
            if (previousLoud) return b;
            var token = tokens[b];
            var gap = token.Start - previousEnd;
            if (gap != 0 && (gap != 1 || text[previousEnd] != ' ')) return b;
            var first = text[token.Start];
            var last = text[token.End - 1];
            if ((loud[Math.Min(first, (char)128)] & StartsLoud) != 0 || words.MayBe(first, last, token.Length)) return b;
            previousLoud = (loud[Math.Min(last, (char)128)] & EndsLoud) != 0 || first == '.';
            previousEnd = token.End;
        }
        return b;
    }

    /// <summary>Whether <paramref name="token"/> may be a sentence starter or the first word of page furniture (the filter's word test).</summary>
    public static bool MayStart(ReadOnlySpan<char> text, TokenSpan token) => Words.MayBe(text, token);

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
