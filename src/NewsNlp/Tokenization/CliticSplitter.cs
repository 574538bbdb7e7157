using System.Collections.Frozen;
using NewsNlp.Text;

namespace NewsNlp.Tokenization;

/// <summary>
/// Finds the syntactic words of a token that carries clitics, as UD Indonesian multiword tokens do:
/// <c>tentaranya</c> = <c>tentara</c> + <c>nya</c>, <c>bukankah</c> = <c>bukan</c> + <c>kah</c>,
/// <c>siapapun</c> = <c>siapa</c> + <c>pun</c>, <c>kulihat</c> = <c>ku</c> + <c>lihat</c>,
/// <c>rumah-nya</c> = <c>rumah</c> + <c>nya</c>.
/// </summary>
/// <remarks>
/// A clitic is split off only when what remains is a known word (the lexicon in
/// <c>Data/tokenizer/clitic-lexicon.txt</c>) or, for <c>-nya</c>, a clearly affixed form
/// (any base of three or more letters), and never when the whole token is itself a known word
/// or a lexicalised form (<c>hanya</c>, <c>punya</c>, <c>bahwasanya</c>, <c>akhirnya</c>, <c>adalah</c>:
/// <c>Data/tokenizer/clitic-whole.txt</c>).
/// </remarks>
public static class CliticSplitter
{
    private const int MaxLength = 64;

    /// <summary>True for a clitic that a hyphen may attach (<c>nya</c>, <c>ku</c>, <c>mu</c>, <c>lah</c>, <c>kah</c>, <c>pun</c>).</summary>
    public static bool IsClitic(ReadOnlySpan<char> s) =>
        s.Equals("nya", StringComparison.OrdinalIgnoreCase) || s.Equals("ku", StringComparison.OrdinalIgnoreCase)
        || s.Equals("mu", StringComparison.OrdinalIgnoreCase) || s.Equals("lah", StringComparison.OrdinalIgnoreCase)
        || s.Equals("kah", StringComparison.OrdinalIgnoreCase) || s.Equals("pun", StringComparison.OrdinalIgnoreCase);

    /// <summary>The word ranges (absolute offsets) of a multiword token, or null for a single-word token.</summary>
    public static TextRange[]? Split(ReadOnlySpan<char> token, int offset, TokenKind kind)
    {
        Span<TextRange> words = stackalloc TextRange[3];
        var n = Split(token, kind, words);
        if (n < 2) return null;
        var result = new TextRange[n];
        for (var i = 0; i < n; i++)
            result[i] = new TextRange(words[i].Start + offset, words[i].End + offset);
        return result;
    }

    /// <summary>
    /// Writes the word ranges (relative to the token) into <paramref name="words"/> (room for 3) and returns
    /// how many there are: 1 for a token that is one word. Allocates nothing.
    /// </summary>
    public static int Split(ReadOnlySpan<char> token, TokenKind kind, Span<TextRange> words)
    {
        if (kind != TokenKind.Word || token.Length < 4 || token.Length > MaxLength || words.Length < 3)
            return 1;
        if (!MayCarryClitic(token)) return 1;
        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        if (IsWhole(lower) || IsKnown(lower)) return 1;

        // negara-negara, buku-buku: a fully reduplicated word is one word.
        var hyphen = lower.LastIndexOf('-');
        if (hyphen > 0 && lower[..hyphen].SequenceEqual(lower[(hyphen + 1)..])) return 1;

        // rumah-nya, hamba-Ku: a clitic after a hyphen.
        if (hyphen > 0 && lower[(hyphen + 1)..] is "nya" or "ku" or "mu")
        {
            words[0] = new TextRange(0, hyphen);
            words[1] = new TextRange(hyphen + 1, token.Length);
            return 2;
        }

        // A particle at the end (-lah, -kah, -pun, -tah), possibly after a pronoun (-nya, -ku, -mu).
        var particle = ParticleLength(lower);
        if (particle > 0)
        {
            var stem = lower[..^particle];
            if (stem.Length < 3) return 1;
            if (IsKnown(stem))
            {
                words[0] = new TextRange(0, stem.Length);
                words[1] = new TextRange(stem.Length, token.Length);
                return 2;
            }
            var inner = PronounSplit(stem);
            if (inner == 0) return 1;
            words[0] = new TextRange(0, inner);
            words[1] = new TextRange(inner, stem.Length);
            words[2] = new TextRange(stem.Length, token.Length);
            return 3;
        }

        var split = PronounSplit(lower);
        if (split > 0)
        {
            words[0] = new TextRange(0, split);
            words[1] = new TextRange(split, token.Length);
            return 2;
        }

        // ku- and kau- before a verb: kulihat, kauambil.
        foreach (var pro in (ReadOnlySpan<string>)["kau", "ku"])
        {
            if (lower.Length - pro.Length >= 4 && lower.StartsWith(pro) && IsKnown(lower[pro.Length..]) && !IsKnown(lower))
            {
                words[0] = new TextRange(0, pro.Length);
                words[1] = new TextRange(pro.Length, token.Length);
                return 2;
            }
        }
        return 1;
    }

    /// <summary>
    /// False when <paramref name="token"/> (4 chars or more) has none of the endings and beginnings the rules
    /// below act on (-nya, -ku, -mu, -lah, -kah, -pun, -tah, ku-, kau-), so that most words need no lower-casing
    /// and no lexicon lookup. True when any char it looks at is not ASCII (it may lower-case to ASCII).
    /// </summary>
    private static bool MayCarryClitic(ReadOnlySpan<char> token)
    {
        var n = token.Length;
        char x = token[n - 3], y = token[n - 2], z = token[n - 1], p = token[0], q = token[1], r = token[2];
        if ((x | y | z | p | q | r) >= 128) return true;
        x = char.ToLowerInvariant(x);
        y = char.ToLowerInvariant(y);
        z = char.ToLowerInvariant(z);
        p = char.ToLowerInvariant(p);
        q = char.ToLowerInvariant(q);
        r = char.ToLowerInvariant(r);
        return (y is 'k' or 'm' && z == 'u')                       // -ku, -mu
            || (x == 'n' && y == 'y' && z == 'a')                  // -nya
            || (x is 'l' or 'k' or 't' && y == 'a' && z == 'h')    // -lah, -kah, -tah
            || (x == 'p' && y == 'u' && z == 'n')                  // -pun
            || (p == 'k' && (q == 'u' || (q == 'a' && r == 'u'))); // ku-, kau-
    }

    private static int ParticleLength(ReadOnlySpan<char> lower)
    {
        if (lower.EndsWith("lah") || lower.EndsWith("kah") || lower.EndsWith("pun") || lower.EndsWith("tah")) return 3;
        return 0;
    }

    /// <summary>The length of the base when <paramref name="lower"/> ends with -nya, -ku or -mu after a word; 0 when not.</summary>
    private static int PronounSplit(ReadOnlySpan<char> lower)
    {
        if (IsWhole(lower) || IsKnown(lower)) return 0;
        int clitic;
        if (lower.EndsWith("nya")) clitic = 3;
        else if (lower.EndsWith("ku") || lower.EndsWith("mu")) clitic = 2;
        else return 0;
        var stem = lower[..^clitic];
        if (stem.Length < 3) return 0;
        if (IsKnown(stem) || Holder.Bases.Contains(stem)) return stem.Length;
        if (stem[^1] == '-') return 0;
        var hyphen = stem.LastIndexOf('-');
        if (hyphen > 0 && IsReduplication(stem, hyphen)) return stem.Length;
        // -nya attaches to almost any word: after three or more letters it is a clitic unless the whole
        // token is a known word or a lexicalised form (hanya, punya and tanya are too short to qualify).
        // -ku and -mu end many ordinary words (buku, ilmu), so they need a known base.
        return clitic == 3 && HasVowel(stem) ? stem.Length : 0;
    }

    /// <summary>negara-negara, kawan-kawan, sayur-mayur: a reduplicated word is a word.</summary>
    private static bool IsReduplication(ReadOnlySpan<char> stem, int hyphen)
    {
        var left = stem[..hyphen];
        var right = stem[(hyphen + 1)..];
        return left.Length >= 2 && right.Length >= 2 && (right.SequenceEqual(left) || right.EndsWith(left) || IsKnown(left));
    }

    private static bool HasVowel(ReadOnlySpan<char> stem) => stem.IndexOfAny("aeiou") >= 0 || !stem.ContainsAnyInRange('a', 'z');

    private static bool IsKnown(ReadOnlySpan<char> lower) => Holder.Lexicon.Contains(lower) || Holder.Bases.Contains(lower);

    private static bool IsWhole(ReadOnlySpan<char> lower) => Holder.Whole.Contains(lower);

    private static class Holder
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lexicon =
            LanguageData.Lines("tokenizer/clitic-lexicon.txt").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Bases =
            LanguageData.Lines("tokenizer/clitic-bases.txt").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Whole =
            LanguageData.Lines("tokenizer/clitic-whole.txt").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
