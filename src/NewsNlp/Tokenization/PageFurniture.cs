using System.Collections.Frozen;
using NewsNlp.Text;

namespace NewsNlp.Tokenization;

/// <summary>
/// Recognises page furniture in a token sequence: labels (<c>Baca juga:</c>, <c>Foto:</c>),
/// stand-alone phrases (<c>ADVERTISEMENT</c>), page counters (<c>Halaman 2 dari 2</c>) and
/// reporters' initials (<c>(taa/fas)</c>).
/// </summary>
internal static class PageFurniture
{
    private sealed record Phrase(string[] Words, bool IsLabel);

    private static readonly Lazy<Phrase[]> Phrases = new(() => LanguageData.Rows("tokenizer/furniture.tsv")
        .Select(r => new Phrase(r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), r.Length > 1 && r[1] == "label"))
        .ToArray());

    /// <summary>Built on first use, by the runtime (thread-safe); read with no check on the hot path.</summary>
    private static class Tables
    {
        public static readonly WordFilter Starts = FirstWords.Aggregate(new WordFilter(), (filter, word) => filter.Add(word, ignoreCase: true));

        /// <summary>The phrases by their first word (ignoring case), each group in the file's order.</summary>
        public static readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord =
            Phrases.Value.Where(p => p.Words.Length > 0)
                .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// How many tokens past its first <see cref="Match"/> reads at most: the longest phrase and the colon of a
    /// label, a page counter (4), reporters' initials (up to six parts, their slashes and brackets).
    /// </summary>
    public static int Reach => Math.Max(Phrases.Value.Max(p => p.Words.Length) + 1, 16);

    /// <summary>
    /// Every token text that <see cref="Match"/> can start on (compared ignoring case): the first word of
    /// each phrase, <c>Halaman</c> of a page counter, <c>(</c> of reporters' initials.
    /// </summary>
    public static IEnumerable<string> FirstWords => Phrases.Value.Select(p => p.Words.Length > 0 ? p.Words[0] : "").Append("Halaman").Append("(");

    /// <summary>False when no phrase can start at <paramref name="token"/> (<see cref="Match"/> would return 0 at once).</summary>
    public static bool MayStart(ReadOnlySpan<char> text, TokenSpan token) => Tables.Starts.MayBe(text, token);

    /// <summary>
    /// The number of tokens of a furniture phrase starting at token <paramref name="i"/> (0 when none),
    /// and whether it is a label that runs to the end of its line.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i, out bool isLabel)
    {
        isLabel = false;
        var token = tokens[i];
        if (!Tables.Starts.MayBe(text, token)) return 0; // most tokens: no phrase starts with them
        var counter = token.Length == 7 ? PageCounter(text, tokens, i) : 0; // Halaman
        if (counter > 0) return counter;
        var initials = token.Length == 1 ? Initials(text, tokens, i) : 0; // (
        if (initials > 0) return initials;
        if (!Tables.ByFirstWord.TryGetValue(Text(text, token), out var phrases)) return 0;
        foreach (var phrase in phrases)
        {
            var n = phrase.Words.Length;
            if (i + n + (phrase.IsLabel ? 1 : 0) > tokens.Length) continue;
            var all = true;
            for (var k = 0; k < n && all; k++)
                all = Text(text, tokens[i + k]).Equals(phrase.Words[k], StringComparison.OrdinalIgnoreCase);
            if (!all) continue;
            if (phrase.IsLabel)
            {
                if (Text(text, tokens[i + n]) is not ":") continue;
                isLabel = true;
                return n + 1;
            }
            return n;
        }
        return 0;
    }

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> text, TokenSpan token) => text.Slice(token.Start, token.Length);

    /// <summary>Halaman 2 dari 2 (also Hal. 2 dari 3).</summary>
    private static int PageCounter(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        if (i + 3 >= tokens.Length) return 0;
        if (!Text(text, tokens[i]).Equals("Halaman", StringComparison.OrdinalIgnoreCase)) return 0;
        return tokens[i + 1].Kind == TokenKind.Number && Text(text, tokens[i + 2]).Equals("dari", StringComparison.OrdinalIgnoreCase)
            && tokens[i + 3].Kind == TokenKind.Number ? 4 : 0;
    }

    /// <summary>(taa/fas), (nvc/dnu/ega): lower-case initials of reporter and editor, in brackets.</summary>
    private static int Initials(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        if (Text(text, tokens[i]) is not "(") return 0;
        var k = i + 1;
        var parts = 0;
        while (k < tokens.Length && parts < 6)
        {
            var word = Text(text, tokens[k]);
            if (word.Length is < 2 or > 5) return 0;
            foreach (var c in word)
                if (c is < 'a' or > 'z') return 0;
            parts++;
            k++;
            if (k < tokens.Length && Text(text, tokens[k]) is "/") { k++; continue; }
            break;
        }
        return parts >= 2 && k < tokens.Length && Text(text, tokens[k]) is ")" ? k + 1 - i : 0;
    }
}
