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
        if (IsRelativePassiveBefore(c, claimFirst, sentenceFirst, sentenceEnd))
        {
            before = true; // "kapal yang ditumpangi 40 penumpang itu tenggelam": the number is the passive verb's agent
            return claimFirst - 1;
        }
        var main = Forward(c, nounEnd, sentenceFirst, sentenceEnd, out var relative);
        // "menangkap pelaku di empat kota berbeda": a quantity after a preposition of place is no subject of what follows.
        if (main >= 0 && !(c.IsWord(claimFirst - 1) && c.Lex.PrepositionsBeforeClaim.Contains(c.Span(claimFirst - 1)))) return main;
        var back = Backward(c, claimFirst, sentenceFirst, sentenceEnd, out var linkOnly);
        // "terdapat 300 warga yang mengungsi": an existential verb gives way to the relative clause right after the noun that names the event.
        if (back >= 0 && !(linkOnly && relative >= 0 && c.Is(nounEnd, "yang") && c.Lex.ExistentialVerbs.Contains(c.Span(back))))
        {
            before = true;
            return back;
        }
        return relative;
    }

    /// <summary>True when the quantity follows a passive verb that follows <c>yang</c>: the quantity is the verb's agent.</summary>
    private static bool IsRelativePassiveBefore(ClaimContext c, int claimFirst, int sentenceFirst, int sentenceEnd)
    {
        var verb = claimFirst - 1;
        if (verb - 1 < sentenceFirst || !c.IsWord(verb) || !c.Is(verb - 1, "yang")) return false;
        var word = c.Lower(verb);
        return word.StartsWith("di", StringComparison.Ordinal) && WordClass.LooksVerbal(word) && WordClass.IsVerb(c, verb)
            && c.AttributionAt(verb, sentenceFirst, sentenceEnd) is null;
    }

    private static int Forward(ClaimContext c, int from, int sentenceFirst, int sentenceEnd, out int relative)
    {
        relative = -1;
        var inRelative = false;
        var gap = false;
        var modifiers = 0;
        var placePhrase = false;
        for (var i = from; i < sentenceEnd; i++)
        {
            if (InListOfNames(c, i)) continue; // "200 personel dari TNI, Polri, dan relawan dikerahkan"
            if (c.IsClausePunct(i)) break;
            if (!c.IsWord(i)) { if (relative >= 0) gap = true; continue; }
            var word = c.Lower(i);
            if (word == "yang") { inRelative = true; continue; }
            if (i == from && SharedNoun.OthersLength(c, i, sentenceEnd) is > 0 and var others)
            {
                i += others - 1; // "7 orang lainnya masih hilang", "187 di antaranya berada di Riau"
                continue;
            }
            if (c.IsConjunction(i) && JoinsWords(c, i))
            {
                modifiers++; // "40 penerbangan dari dan ke Surabaya"
                continue;
            }
            if (c.Lex.ClauseBoundaries.Contains(word)) break;
            if (c.Lex.AgeWords.Contains(word) && ++modifiers <= MaxModifiers)
            {
                i = AfterAge(c, i + 1, sentenceEnd) - 1; // "500 anak usia 6 hingga 12 tahun sudah divaksin"
                continue;
            }
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
                // A state word still is ("12 jemaah asal Jawa Timur wafat", "40 pendaki asing kini tewas"), and so is a verb after
                // a phrase of place ("300 warga di Bekasi mengungsi", "tujuh fraksi di DPR menolak").
                if (!inRelative && modifiers > 0 && !IsPassive(word) && !c.Lex.Auxiliaries.Contains(c.Lower(i - 1))
                    && !c.Lex.PredicateWords.Contains(word) && !placePhrase) return -1;
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
            else if (!inRelative && c.Lex.PlacePrepositions.Contains(word))
            {
                placePhrase = true;
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
        c.Lex.NounPhraseWords.Contains(word) || IsNumeral(c, i) ||
        WordClass.InCompoundNoun(c, i) ||
        RootLexicon.PartOfSpeech(word) is "NOUN" or "NUM" or "DET" or "ADJ" && !c.Lex.TimeWords.Contains(word) ||
        IsUnknownNoun(c, i, word);

    /// <summary>
    /// A lower-case word the lexicon does not know and that has no verbal form, right after a word of the noun phrase (a noun,
    /// an adjective or another such word): a loanword noun (<c>keluarga berisiko stunting akan didampingi</c>, <c>peserta
    /// penyandang disabilitas juga mengikuti</c>), not the start of something else.
    /// </summary>
    private static bool IsUnknownNoun(ClaimContext c, int i, string word, bool chained = false) =>
        RootLexicon.PartOfSpeech(word) is null && !RootLexicon.Roots.Contains(word) && !WordClass.LooksVerbal(word)
        && c.IsWord(i - 1) && RootLexicon.PartOfSpeech(c.Lower(i - 1)) switch
        {
            "ADJ" or "NOUN" => true,
            null => !chained && IsUnknownNoun(c, i - 1, c.Lower(i - 1), chained: true), // two such words at most
            _ => false,
        };

    /// <summary>
    /// True for a comma or conjunction inside a list of names (<c>dari TNI, Polri, dan relawan</c>): after a name and before a name or
    /// a conjunction, or a conjunction after such a comma or between two names.
    /// </summary>
    private static bool InListOfNames(ClaimContext c, int i)
    {
        if (c.Is(i, ",")) return c.EntityAt(i - 1) is not null && (c.EntityAt(i + 1) is not null || c.IsConjunction(i + 1));
        return c.IsConjunction(i) && (c.Is(i - 1, ",") && c.EntityAt(i - 2) is not null || c.EntityAt(i - 1) is not null && c.EntityAt(i + 1) is not null);
    }

    /// <summary>True for <c>dan</c>/<c>atau</c> between two prepositions (<c>dari dan ke</c>): a join inside the noun phrase, not of two clauses.</summary>
    private static bool JoinsWords(ClaimContext c, int i) =>
        c.IsWord(i - 1) && c.IsWord(i + 1) && c.Lex.NounPhraseWords.Contains(c.Span(i - 1)) && c.Lex.NounPhraseWords.Contains(c.Span(i + 1))
        && RootLexicon.PartOfSpeech(c.Span(i - 1)) == "ADP" && RootLexicon.PartOfSpeech(c.Span(i + 1)) == "ADP";

    private static bool IsNumeral(ClaimContext c, int i) =>
        i >= 0 && i < c.Count && (c.Tok(i).Kind == TokenKind.Number || c.IsWord(i) && NumberLexicon.Instance.Words.ContainsKey(c.Lower(i)));

    /// <summary>The token after an age's numbers, range words and time units (<c>usia 6 hingga 12 tahun</c>).</summary>
    private static int AfterAge(ClaimContext c, int i, int sentenceEnd)
    {
        while (i < sentenceEnd && (IsNumeral(c, i) || c.Is(i, "-") ||
               c.IsWord(i) && (c.Lex.Units.TryGetValue(c.Lower(i), out var unit) && unit is "year" or "month" or "day" || c.IsRangeWord(i, i + 1, sentenceEnd))))
            i++;
        return i;
    }

    private static bool IsPassive(string word) =>
        (word.StartsWith("di", StringComparison.Ordinal) || word.StartsWith("ter", StringComparison.Ordinal)) && WordClass.LooksVerbal(word);

    private static int Backward(ClaimContext c, int claimFirst, int sentenceFirst, int sentenceEnd, out bool linkOnly)
    {
        var copula = -1;
        linkOnly = true;
        for (var i = claimFirst - 1; i >= sentenceFirst; i--)
        {
            if (c.IsClausePunct(i)) return copula;
            if (!c.IsWord(i)) continue;
            var word = c.Lower(i);
            if (c.Lex.ClauseBoundaries.Contains(word))
            {
                // "ditutup selama 6 jam", "bea masuk untuk 300 jenis barang", "menonaktifkan sementara 20 pegawai"
                if (c.Lex.PrepositionsOfTheVerb.Contains(word) && (i + 1 == claimFirst || RootLexicon.PartOfSpeech(c.Span(i + 1)) == "NOUN")
                    || c.Lex.AdverbsAfterVerb.Contains(word) && WordClass.IsVerb(c, i - 1)) continue;
                return copula;
            }
            var attribution = AttributionEndingAt(c, i, sentenceFirst, sentenceEnd, out var phraseStart);
            if (attribution is not null && copula < 0 && phraseStart == i && c.Lex.DataVerbs.Contains(word))
            {
                linkOnly = false; // "BPS mencatat harga rata-rata beras Rp13.900", "cadangan devisa tercatat US$150 miliar"
                return i;
            }
            if (attribution is not null)
            {
                // "Kemenkes mencatat 31.500 kasus": a verb of reporting right before the number, and no other verb, is its event.
                if (attribution.Meaning != AttributionKind.Hedge)
                {
                    if (copula < 0 && i == claimFirst - 1 && phraseStart == i && (WordClass.LooksVerbal(word) || c.InHeadline(i))) // Kemenkes Catat 3.961 Kasus
                    {
                        linkOnly = false;
                        return i;
                    }
                    return copula;
                }
                i = phraseStart;
                continue;
            }
            if (WordClass.IsVerb(c, i) || c.InHeadline(i) && IsHeadlineBareVerb(c, i))
            {
                // "menargetkan penjualan tahun depan mencapai Rp4 triliun": past a link, an active verb governs the linked noun phrase,
                // and a verb in a relative clause describes it; a state of the noun ("korban tewas mencapai 50 orang") is the event.
                if (copula >= 0 && !c.Is(copula - 1, "yang") && !StatesTheLinkedNoun(c, i, word)) return copula;
                linkOnly = false;
                // "menembak jatuh 12 pesawat": a bare verb right after an active one is its result; the active verb is the event.
                return IsBare(word) && c.IsWord(i - 1) && c.Lower(i - 1).StartsWith("me", StringComparison.Ordinal)
                    && WordClass.LooksVerbal(c.Lower(i - 1)) && WordClass.IsVerb(c, i - 1) ? i - 1 : i;
            }
            if (copula < 0 && WordClass.IsVerbalCopula(c, i)) copula = i;
        }
        return copula;
    }

    private static bool IsBare(string word) => !WordClass.LooksVerbal(word) && RootLexicon.Roots.Contains(word);

    /// <summary>
    /// True for a verb before a link (<c>mencapai</c>) that says what state the linked noun is in (<c>korban tewas</c>, <c>warga terdampak</c>):
    /// a state word, or a verb that is neither active with an object (<c>menargetkan penjualan</c>; <c>meningkat dari X menjadi Y</c> is
    /// no object) nor in a relative clause.
    /// </summary>
    private static bool StatesTheLinkedNoun(ClaimContext c, int i, string word)
    {
        if (c.Lex.PredicateWords.Contains(word)) return true;
        if (word.StartsWith("me", StringComparison.Ordinal) && WordClass.LooksVerbal(word) && WordClass.IsNoun(c, i + 1)) return false;
        var before = i - 1;
        if (c.IsWord(before) && c.Lex.Auxiliaries.Contains(c.Span(before))) before--;
        return !c.Is(before, "yang");
    }

    /// <summary>
    /// A headline drops <c>meN-</c>: a capitalized root that is not known as a noun, before the quantity, is its verb
    /// (<c>Warga Wajib Bayar Rp5 Juta</c>, <c>Investor Lepas Obligasi Rp3 Triliun</c>).
    /// </summary>
    private static bool IsHeadlineBareVerb(ClaimContext c, int i)
    {
        if (!c.StartsUpper(i) || c.EntityAt(i) is not null || WordClass.InCompoundNoun(c, i)) return false; // Teken Kerja Sama US$10 Miliar
        var word = c.Lower(i);
        return RootLexicon.Roots.Contains(word) && RootLexicon.PartOfSpeech(word) is null or "VERB" or "ADJ" && !c.Lex.Copulas.Contains(word)
            && !c.Lex.Auxiliaries.Contains(word) && !c.Lex.ClauseBoundaries.Contains(word);
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
