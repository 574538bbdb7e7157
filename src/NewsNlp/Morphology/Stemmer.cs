namespace NewsNlp.Morphology;

/// <summary>
/// A small Indonesian stemmer: takes off particles (<c>-lah</c>, <c>-kah</c>, <c>-pun</c>),
/// possessives (<c>-nya</c>, <c>-ku</c>, <c>-mu</c>), derivational suffixes (<c>-kan</c>, <c>-an</c>, <c>-i</c>)
/// and up to three prefixes (<c>meN-</c>/<c>peN-</c> with nasal assimilation, <c>di-</c>, <c>ter-</c>,
/// <c>ber-</c>, <c>per-</c>, <c>ke-</c>, <c>se-</c>), and keeps a candidate only when the root
/// lexicon knows it: <c>mengirimkan</c> → <c>kirim</c>, <c>terluka</c> → <c>luka</c>,
/// <c>mengungsi</c> → <c>ungsi</c>. A word it cannot reduce to a known root comes back lower-cased
/// as it is. Thread-safe.
/// </summary>
public static class Stemmer
{
    private const int MaxPrefixes = 3;
    private const int MinRootLength = 3;

    private static readonly string[] Particles = ["lah", "kah", "pun", "tah"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Derivational = ["kan", "an", "i"];
    private static readonly string[] SimplePrefixes = ["di", "ke", "se", "ter", "ber", "per"];
    private static readonly string[] Clitics = ["nya", "ku", "mu", "lah", "pun", "kah"];

    /// <summary>The root of <paramref name="word"/> (lower case), or the word itself, lower-cased, when no known root is found.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinRootLength || lower.Length > 40 || RootLexicon.Keep.Contains(lower) || RootLexicon.Roots.Contains(lower))
            return lower;
        var search = new Search();
        search.Explore(lower, 0, 0, 0);
        return search.Best ?? lower;
    }

    /// <summary>True when <paramref name="word"/> is a known root or reduces to one.</summary>
    public static bool IsKnown(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (RootLexicon.Roots.Contains(lower) || RootLexicon.Keep.Contains(lower) || RootLexicon.PartOfSpeech(lower) is not null)
            return true;
        return !string.Equals(Stem(lower), lower, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="word"/> without a clitic (<c>-nya</c>, <c>-ku</c>, <c>-mu</c>, <c>-lah</c>, <c>-pun</c>, <c>-kah</c>), lower-cased:
    /// <c>tentaranya</c> → <c>tentara</c>, while <c>hanya</c> stays. A word the lexicon knows keeps its ending;
    /// otherwise the ending goes when what is left is known, or, for <c>-nya</c>, is three letters or more.
    /// </summary>
    public static string StripClitics(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (RootLexicon.Roots.Contains(lower) || RootLexicon.Keep.Contains(lower) || RootLexicon.PartOfSpeech(lower) is not null)
            return lower;
        foreach (var clitic in Clitics)
        {
            if (lower.Length - clitic.Length < MinRootLength || !lower.EndsWith(clitic, StringComparison.Ordinal)) continue;
            var rest = lower[..^clitic.Length];
            if (IsKnown(rest)) return rest;
        }
        return lower.Length - 3 >= MinRootLength && lower.EndsWith("nya", StringComparison.Ordinal) ? lower[..^3] : lower;
    }

    private sealed class Search
    {
        public string? Best { get; private set; }
        private int _bestCost = int.MaxValue;

        private void Offer(string candidate, int cost)
        {
            if (candidate.Length < MinRootLength || !RootLexicon.Roots.Contains(candidate)) return;
            if (cost < _bestCost || (cost == _bestCost && Prefers(candidate, Best!)))
            {
                Best = candidate;
                _bestCost = cost;
            }
        }

        /// <summary>
        /// Between two roots found at the same cost, the longer (meng- before a vowel drops a k: mengirim → kirim), unless the
        /// shorter is a vowel-initial root the lexicon lists as winning over its k- twin (mengoperasikan → operasi).
        /// </summary>
        private static bool Prefers(string candidate, string best)
        {
            if (candidate.Length == best.Length + 1 && candidate[0] == 'k' && candidate.AsSpan(1).SequenceEqual(best) && RootLexicon.MengVowelRoots.Contains(best))
                return false;
            if (best.Length == candidate.Length + 1 && best[0] == 'k' && best.AsSpan(1).SequenceEqual(candidate) && RootLexicon.MengVowelRoots.Contains(candidate))
                return true;
            return candidate.Length > best.Length;
        }

        /// <param name="word">What is left.</param>
        /// <param name="cost">Affixes taken off so far.</param>
        /// <param name="prefixes">Prefixes taken off so far.</param>
        /// <param name="suffixStage">0: any suffix may go; 1: possessives and derivational; 2: derivational; 3: none (a prefix was taken off).</param>
        public void Explore(string word, int cost, int prefixes, int suffixStage)
        {
            if (cost > 0) Offer(word, cost);
            if (cost >= _bestCost) return;

            if (suffixStage <= 0) TrySuffixes(word, cost, prefixes, Particles, 1);
            if (suffixStage <= 1) TrySuffixes(word, cost, prefixes, Possessives, 2);
            if (suffixStage <= 2) TrySuffixes(word, cost, prefixes, Derivational, 3);
            if (prefixes >= MaxPrefixes) return;
            foreach (var rest in PrefixRemainders(word))
                if (rest.Length >= MinRootLength)
                    Explore(rest, cost + 1, prefixes + 1, 3);
        }

        private void TrySuffixes(string word, int cost, int prefixes, string[] suffixes, int nextStage)
        {
            foreach (var suffix in suffixes)
                if (word.Length - suffix.Length >= MinRootLength && word.EndsWith(suffix, StringComparison.Ordinal))
                    Explore(word[..^suffix.Length], cost + 1, prefixes, nextStage);
        }
    }

    /// <summary>What may be left when one prefix is taken off, nasal assimilation undone.</summary>
    private static IEnumerable<string> PrefixRemainders(string w)
    {
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

        foreach (var simple in SimplePrefixes)
            if (w.StartsWith(simple, StringComparison.Ordinal))
                yield return w[simple.Length..];
        if (w.StartsWith("te", StringComparison.Ordinal) && w.Length > 2 && w[2] == 'r') yield return w[2..];
        if (w.StartsWith("be", StringComparison.Ordinal) && w.Length > 2 && w[2] == 'r') yield return w[2..];
        if (w.StartsWith("bel", StringComparison.Ordinal) || w.StartsWith("pel", StringComparison.Ordinal)) yield return w[3..];
        if (w.StartsWith("be", StringComparison.Ordinal)) yield return w[2..]; // bekerja

        if (w.Length < 4 || (w[0] != 'm' && w[0] != 'p') || w[1] != 'e') yield break;
        var rest = w[2..];
        // meng-/peng-: before vowels (k dropped) and g, h, kh
        if (rest.StartsWith("ng", StringComparison.Ordinal) && rest.Length > 2)
        {
            var r = rest[2..];
            if (Vowel(r[0])) { yield return r; yield return "k" + r; }
            else if (r[0] is 'g' or 'h' or 'k') yield return r;
            if (r.StartsWith("e", StringComparison.Ordinal) && r.Length > 1) yield return r[1..]; // menge-bom
            yield break;
        }
        // meny-/peny-: s dropped
        if (rest.StartsWith("ny", StringComparison.Ordinal) && rest.Length > 2)
        {
            var r = rest[2..];
            if (Vowel(r[0])) yield return "s" + r;
            yield return rest; // me-nyanyi
            yield break;
        }
        // mem-/pem-: before b, f, v, p; before vowels p dropped; me-makan
        if (rest[0] == 'm' && rest.Length > 1)
        {
            var r = rest[1..];
            if (r[0] is 'b' or 'f' or 'v' or 'p') yield return r;
            if (Vowel(r[0])) yield return "p" + r;
            yield return rest;
            yield break;
        }
        // men-/pen-: before c, d, j, z, s(y); before vowels t dropped; me-nanti
        if (rest[0] == 'n' && rest.Length > 1)
        {
            var r = rest[1..];
            if (r[0] is 'c' or 'd' or 'j' or 'z' or 's' or 't') yield return r;
            if (Vowel(r[0])) yield return "t" + r;
            yield return rest;
            yield break;
        }
        // me-/pe- before l, r, w, y
        if (rest[0] is 'l' or 'r' or 'w' or 'y') yield return rest;
    }
}
