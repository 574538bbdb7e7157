using NewsNlp.Numbers;

namespace NewsNlp.Claims;

/// <summary>
/// A counted noun that a quantity shares with another number of its sentence: the total it is a part of
/// (<c>delapan dari sembilan fraksi</c> counts 8 fraksi) or the noun counted just before
/// (<c>Sembilan penumpang tewas dan 28 lainnya luka-luka</c> counts 28 penumpang).
/// </summary>
internal static class SharedNoun
{
    /// <summary>
    /// "N dari M noun": the part N counts the noun after its total M; the total is consumed (advances
    /// <paramref name="k"/> past it) and the claim's text runs to that noun. Null when the pattern is not there.
    /// </summary>
    public static CountedNoun? OutOfTotal(ClaimContext c, IReadOnlyList<NumberMatch> matches, ref int k, int afterEnd, int lo, int hi)
    {
        if (k + 1 >= matches.Count) return null;
        foreach (var words in c.Lex.OutOfWords)
        {
            if (matches[k + 1].FirstToken != afterEnd + words.Length || !c.Matches(words, afterEnd, lo, hi)) continue;
            var next = k + 1;
            var total = QuantityReader.Read(c, matches, ref next, lo, hi);
            if (total.Unit is not null || total.Kind != NumberKind.Cardinal) return null;
            var noun = CountedNounReader.Read(c, total, total.First, total.End, lo, hi);
            if (noun.Unit is null || noun.NounToken < 0) return null;
            k = next;
            return noun with { NounFirstToken = -1 };
        }
        return null;
    }

    /// <summary>"N lainnya", "N di antaranya": the noun of the claim before it in the sentence, the claim's text taking the words in.</summary>
    public static CountedNoun? Others(ClaimContext c, int afterEnd, int sentenceEnd, string? previousUnit)
    {
        if (previousUnit is null || OthersLength(c, afterEnd, sentenceEnd) is not (> 0 and var length)) return null;
        return new CountedNoun(previousUnit, afterEnd + length, afterEnd, -1);
    }

    /// <summary>
    /// A number with no noun of its own, after a comma or conjunction or before <c>yang</c>, counts the noun of the claim
    /// before it in the sentence (<c>412 saham melemah, 198 menguat, dan 201 stagnan</c>; <c>12 juta orang ..., termasuk
    /// sekitar 4 juta yang mengungsi</c>), and so does one right after words that open the parts of a total (<c>1.214 rumah
    /// rusak, terdiri atas 186 rusak berat</c>). The claim's text is the number.
    /// </summary>
    public static CountedNoun? Elided(ClaimContext c, int claimFirst, int afterEnd, int sentenceEnd, string? previousUnit)
    {
        if (previousUnit is null || afterEnd < sentenceEnd && WordClass.IsNoun(c, afterEnd)) return null;
        var joined = c.Is(claimFirst - 1, ",") || c.IsConjunction(claimFirst - 1) || c.Is(afterEnd, "yang") || AfterListingWords(c, claimFirst);
        return joined ? new CountedNoun(previousUnit, afterEnd, -1, -1) : null;
    }

    private static bool AfterListingWords(ClaimContext c, int claimFirst)
    {
        foreach (var words in c.Lex.ListingWords)
            if (c.Matches(words, claimFirst - words.Length, 0, claimFirst)) return true;
        return false;
    }

    /// <summary>The number of tokens of the words standing for a noun counted before (<c>lainnya</c>, <c>di antaranya</c>) at token <paramref name="i"/>, or 0.</summary>
    public static int OthersLength(ClaimContext c, int i, int sentenceEnd)
    {
        foreach (var words in c.Lex.OthersWords)
            if (c.Matches(words, i, i, sentenceEnd)) return words.Length;
        return 0;
    }
}
