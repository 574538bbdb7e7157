using NewsNlp.Morphology;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Claims;

/// <summary>
/// Finds the verb a quantity is about. In order: the main verb after the counted noun phrase, past any
/// relative clause (<c>100 tentara yang dikirim ke Rusia tewas</c> → tewas); else the verb governing the
/// number before it (<c>mengirimkan lebih dari 10.000 tentaranya</c> → kirim), past hedges and copulas
/// (<c>korban tewas mencapai 50 orang</c> → tewas), or the linking verb itself when no other verb names the event
/// (<c>cadangan devisa mencapai US$156 miliar</c> → capai); else a relative-clause verb after it. Verbs of saying
/// and hedges are never predicates.
/// </summary>
internal static class PredicateFinder
{
    /// <summary>The predicate's token, or -1; <paramref name="before"/> tells whether it stands before the number.</summary>
    public static int Find(ClaimContext c, int claimFirst, int nounEnd, int sentenceFirst, int sentenceEnd, out bool before)
    {
        before = false;
        var relative = -1;
        var main = Forward(c, nounEnd, sentenceFirst, sentenceEnd, out relative);
        if (main >= 0) return main;
        var back = Backward(c, claimFirst, sentenceFirst, sentenceEnd);
        if (back >= 0)
        {
            before = true;
            return back;
        }
        return relative;
    }

    private static int Forward(ClaimContext c, int from, int sentenceFirst, int sentenceEnd, out int relative)
    {
        relative = -1;
        var inRelative = false;
        var gap = false;
        var modifiers = 0;
        for (var i = from; i < sentenceEnd; i++)
        {
            if (c.IsClausePunct(i)) break;
            if (!c.IsWord(i)) { if (relative >= 0) gap = true; continue; }
            var word = c.Lower(i);
            if (word == "yang") { inRelative = true; continue; }
            if (i == from && SharedNoun.OthersLength(c, i, sentenceEnd) is > 0 and var others)
            {
                i += others - 1; // "7 orang lainnya masih hilang", "187 di antaranya berada di Riau"
                continue;
            }
            if (c.Lex.ClauseBoundaries.Contains(word)) break;
            var attribution = c.AttributionAt(i, sentenceFirst, sentenceEnd);
            if (attribution is not null)
            {
                if (attribution.Meaning != AttributionKind.Hedge) break;
                i += attribution.Words.Length - 1;
                continue;
            }
            if (WordClass.IsVerb(c, i))
            {
                // Past the noun phrase's own words only a passive or an auxiliary-led verb is the noun's predicate:
                // "sawah terendam", "warga dari sembilan desa telah dievakuasi"; "demam berdarah", "sawah siap panen" describe.
                // A state word still is: "12 jemaah asal Jawa Timur wafat", "40 pendaki asing kini tewas".
                if (!inRelative && modifiers > 0 && !IsPassive(word) && !c.Lex.Auxiliaries.Contains(c.Lower(i - 1))
                    && !c.Lex.PredicateWords.Contains(word)) return -1;
                if (!inRelative) return i;
                if (relative < 0) { relative = i; gap = false; }
                else if (gap) return i;
            }
            else if (relative >= 0 && !c.Lex.Auxiliaries.Contains(word))
            {
                gap = true;
            }
            else if (!inRelative && c.EntityAt(i) is null && !c.StartsUpper(i) && !c.Lex.Auxiliaries.Contains(word) &&
                     (++modifiers > MaxModifiers || !ModifiesTheNoun(c, i, word)))
            {
                // Something other than a verb or the noun phrase's own words follows the counted noun: the number is not
                // the subject of a verb after it.
                return -1;
            }
        }
        return -1;
    }

    /// <summary>At most this many words of the counted noun's phrase (<c>personel gabungan</c>, <c>warga dari sembilan desa</c>) before its verb.</summary>
    private const int MaxModifiers = 5;

    /// <summary>
    /// True for a word that continues the counted noun's phrase: a known noun (not a word of time), an adjective, a numeral, a determiner,
    /// a preposition of place or origin, or a word of a two-word noun (<c>4.000 warga dari sembilan desa telah dievakuasi</c>,
    /// <c>120 ribu hektare sawah terendam</c>, <c>25 pekerja tambang tradisional tewas</c>, <c>dua jembatan gantung putus</c>).
    /// </summary>
    private static bool ModifiesTheNoun(ClaimContext c, int i, string word) =>
        c.Lex.NounPhraseWords.Contains(word) || c.Tok(i).Kind == TokenKind.Number || NumberLexicon.Instance.Words.ContainsKey(word) ||
        WordClass.InCompoundNoun(c, i) ||
        RootLexicon.PartOfSpeech(word) is "NOUN" or "NUM" or "DET" or "ADJ" && !c.Lex.TimeWords.Contains(word);

    private static bool IsPassive(string word) =>
        (word.StartsWith("di", StringComparison.Ordinal) || word.StartsWith("ter", StringComparison.Ordinal)) && WordClass.LooksVerbal(word);

    private static int Backward(ClaimContext c, int claimFirst, int sentenceFirst, int sentenceEnd)
    {
        var copula = -1;
        for (var i = claimFirst - 1; i >= sentenceFirst; i--)
        {
            if (c.IsClausePunct(i)) return copula;
            if (!c.IsWord(i)) continue;
            var word = c.Lower(i);
            if (c.Lex.ClauseBoundaries.Contains(word)) return copula;
            var attribution = AttributionEndingAt(c, i, sentenceFirst, sentenceEnd, out var phraseStart);
            if (attribution is not null)
            {
                // "Kemenkes mencatat 31.500 kasus": a verb of reporting right before the number, and no other verb, is its event.
                if (attribution.Meaning != AttributionKind.Hedge)
                    return copula < 0 && i == claimFirst - 1 && phraseStart == i && (WordClass.LooksVerbal(word) || c.InHeadline(i)) ? i : copula; // Kemenkes Catat 3.961 Kasus
                i = phraseStart;
                continue;
            }
            if (WordClass.IsVerb(c, i)) return i;
            if (copula < 0 && WordClass.IsVerbalCopula(c, i)) copula = i;
        }
        return copula;
    }

    /// <summary>The attribution phrase whose last token is <paramref name="i"/>, if any.</summary>
    public static Phrase<AttributionKind>? AttributionEndingAt(ClaimContext c, int i, int sentenceFirst, int sentenceEnd, out int phraseStart)
    {
        phraseStart = i;
        if (!c.IsWord(i) || !c.Lex.AttributionsByLast.TryGetValue(c.Span(i), out var phrases)) return null;
        foreach (var phrase in phrases)
        {
            var start = i - phrase.Words.Length + 1;
            if (c.Matches(phrase.Words, start, sentenceFirst, sentenceEnd))
            {
                phraseStart = start;
                return phrase;
            }
        }
        phraseStart = i;
        return null;
    }
}
