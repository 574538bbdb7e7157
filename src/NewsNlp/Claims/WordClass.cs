using NewsNlp.Morphology;

namespace NewsNlp.Claims;

/// <summary>
/// Rough word classes for the claim extractor, from the root lexicon's part-of-speech table and,
/// for words it lacks, from verbal prefixes checked by the stemmer.
/// </summary>
internal static class WordClass
{
    private static readonly string[] VerbalPrefixes = ["me", "di", "ter", "ber", "memper", "diper"];

    /// <summary>True when token <paramref name="i"/> can be the event or state a number is about (capitalized only at a sentence start or in a headline).</summary>
    public static bool IsVerb(ClaimContext c, int i)
    {
        if (!c.IsWord(i) || c.EntityAt(i) is not null || c.StartsUpper(i) && !IsSentenceStart(c, i) && !c.InHeadline(i)) return false;
        var word = c.Lower(i);
        if (c.Lex.Copulas.Contains(word) || c.Lex.Auxiliaries.Contains(word) || c.Lex.ClauseBoundaries.Contains(word)) return false;
        if (InCompoundNoun(c, i)) return false; // kecelakaan lalu lintas, kerja sama
        if (c.Lex.PredicateWords.Contains(word)) return true;
        var pos = RootLexicon.PartOfSpeech(word);
        if (pos is not null) return pos == "VERB";
        return LooksVerbal(word);
    }

    /// <summary>
    /// True for a linking verb with verbal morphology (<c>mencapai</c>, <c>menjadi</c>, <c>berjumlah</c>): not the event when
    /// another verb names one (<c>korban tewas mencapai 50 orang</c>), but the predicate when none does
    /// (<c>cadangan devisa mencapai US$156 miliar</c> → capai).
    /// </summary>
    public static bool IsVerbalCopula(ClaimContext c, int i)
    {
        if (!c.IsWord(i) || c.EntityAt(i) is not null) return false;
        var word = c.Lower(i);
        return c.Lex.Copulas.Contains(word) && LooksVerbal(word);
    }

    /// <summary>True when token <paramref name="i"/> is one word of a two-word noun (<c>lalu lintas</c>, <c>kerja sama</c>, <c>bea masuk</c>).</summary>
    public static bool InCompoundNoun(ClaimContext c, int i)
    {
        if (!c.IsWord(i)) return false;
        var compounds = c.Lex.CompoundNouns;
        return c.IsWord(i + 1) && compounds.TryGetValue(c.Lower(i), out var seconds) && Array.IndexOf(seconds, c.Lower(i + 1)) >= 0
            || c.IsWord(i - 1) && compounds.TryGetValue(c.Lower(i - 1), out var after) && Array.IndexOf(after, c.Lower(i)) >= 0;
    }

    /// <summary>True when token <paramref name="i"/> can be the noun a number counts.</summary>
    public static bool IsNoun(ClaimContext c, int i)
    {
        if (!c.IsWord(i) || c.EntityAt(i) is not null) return false;
        var word = c.Lower(i);
        if (word.Length < 2 || c.Lex.Months.Contains(word) || c.Lex.RelativeTime.Contains(word) || c.Lex.ClauseBoundaries.Contains(word)
            || c.Lex.Auxiliaries.Contains(word) || c.Lex.Copulas.Contains(word) || c.Lex.Multipliers.ContainsKey(word)
            || c.Lex.TimeWords.Contains(word) || c.Lex.PredicateWords.Contains(word) || word is "lebih" or "kurang" or "yang")
            return false;
        var pos = RootLexicon.PartOfSpeech(word);
        if (pos is not null) return pos is "NOUN" or "PROPN";
        if (c.StartsUpper(i) && !IsAcronym(c.Span(i)) && !c.InHeadline(i)) return false; // in a headline every noun is capitalized
        var bare = c.BaseNoun(i);
        if (!ReferenceEquals(bare, word) && bare != word && RootLexicon.PartOfSpeech(bare) is { } barePos) return barePos is "NOUN" or "PROPN";
        return !LooksVerbal(bare);
    }

    /// <summary>True for a word with a verbal prefix that the stemmer reduces to a known root (<c>dikirim</c>, <c>terluka</c>), or a root with <c>-kan</c> (<c>tinggalkan</c>).</summary>
    public static bool LooksVerbal(string word)
    {
        foreach (var prefix in VerbalPrefixes)
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal))
                return !string.Equals(Stemmer.Stem(word), word, StringComparison.Ordinal);
        // A bare root with -kan is a verb (headlines drop meN-: "300 Warga Tinggalkan Kampung"); kebijakan, makan are not.
        return word.Length > 6 && word.EndsWith("kan", StringComparison.Ordinal) && RootLexicon.Roots.Contains(word.AsSpan(0, word.Length - 3));
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
            if (char.IsLetter(ch) && !char.IsUpper(ch)) return false;
        return word.Length >= 2;
    }

    private static bool IsSentenceStart(ClaimContext c, int i) =>
        c.IsSentenceFirst(i) || c.IsPunct(i - 1) && c.Span(i - 1)[0] is '"' or '“' or '\n';
}
