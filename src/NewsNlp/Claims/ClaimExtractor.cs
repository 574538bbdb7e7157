using NewsNlp.Entities;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Claims;

/// <summary>Pulls out quantitative claims with their bound, unit, predicate, subject, source and hedge.</summary>
/// <remarks>
/// Sentence by sentence: the number parser's matches, less what is not a claim (<see cref="NotAClaim"/>),
/// grown into quantities (<see cref="QuantityReader"/>), then the bound word (<see cref="BoundReader"/>),
/// the counted noun (<see cref="CountedNounReader"/>), the predicate (<see cref="PredicateFinder"/>), and
/// subject, source and hedge (<see cref="AttributionFinder"/>). Low and high follow SPEC.md: equal to the
/// value when exact or approximate (an approximate plural such as <c>ratusan</c> keeps its own interval, 200..999,
/// and its value is that interval's low end),
/// open above for <c>more_than</c>/<c>at_least</c>, open below for <c>less_than</c>/<c>at_most</c>, and a
/// range's value is its low end. Thread-safe; never throws on any text.
/// </remarks>
public static class ClaimExtractor
{
    /// <summary>How far (in tokens) from a number its noun, predicate, subject and source are looked for.</summary>
    private const int Reach = 50;

    /// <summary>
    /// The claims of a document; <paramref name="entities"/> are its entities (dates included),
    /// in order, used to name subjects and sources and to keep dates out of claims.
    /// </summary>
    public static IReadOnlyList<Claim> Find(Document document, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        return Find(new SentencePieces(document), entities);
    }

    /// <summary>The claims, over pieces shared with the other stages of one Extract.</summary>
    internal static IReadOnlyList<Claim> Find(SentencePieces pieces, IReadOnlyList<Entity> entities)
    {
        var document = pieces.Document;
        var claims = new List<Claim>();
        ClaimContext? context = null;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.TokenCount == 0) continue;
            var matches = NumberRecognizer.Find(pieces.Of(s));
            if (matches.Count == 0) continue;
            context ??= new ClaimContext(document, entities);
            FindInSentence(context, sentence, matches, claims);
        }
        context?.Release();
        return claims;
    }

    private static void FindInSentence(ClaimContext c, Sentence sentence, IReadOnlyList<NumberMatch> matches, List<Claim> claims)
    {
        int first = sentence.FirstToken, end = sentence.EndToken;
        List<Attribution>? attributions = null;
        var lastIdentifierEnd = -1;
        var lastEnd = first;
        string? previousUnit = null;
        var previousPredicate = -1;
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            if (m.FirstToken < lastEnd) continue;
            if (NotAClaim.Check(c, m, first, end, lastIdentifierEnd) is { } reason)
            {
                if (reason.StartsWith("identifier", StringComparison.Ordinal) || reason == "inside a name") lastIdentifierEnd = m.EndToken; // Persija 2-1: the score goes on
                continue;
            }
            var q = QuantityReader.Read(c, matches, ref k, first, end);
            if (NotAClaim.IsRelativeDate(c, q, end) || NotAClaim.IsDateRange(c, q, end)) continue;

            var bound = BoundReader.Read(c, q, first, end, out var claimFirst, out var afterEnd);
            // Everything else is looked for within a window of the claim, so that work stays linear in sentence length.
            int lo = Math.Max(first, claimFirst - Reach), hi = Math.Min(end, q.End + Reach);
            var noun = IsAge(c, q, claimFirst) ? new CountedNoun("year", q.End, -1, -1) : CountedNounReader.Read(c, q, claimFirst, afterEnd, lo, hi);
            if (noun.Unit is null || noun.NounToken < 0 && noun.NounFirstToken < 0 && q.Unit is null)
                noun = SharedNoun.OutOfTotal(c, matches, ref k, afterEnd, lo, hi) ?? SharedNoun.Others(c, afterEnd, end, previousUnit)
                    ?? SharedNoun.Elided(c, claimFirst, afterEnd, end, previousUnit) ?? noun;
            if (IsBareWordNumber(c, q, noun, bound) && !IsCountedOne(c, q, noun, claimFirst, lastEnd > first && Coordinated(c, lastEnd, claimFirst))) continue;
            var nounEnd = Math.Max(noun.EndToken, afterEnd);
            hi = Math.Min(end, Math.Max(hi, nounEnd + Reach));
            var predicateToken = PredicateFinder.Find(c, claimFirst, nounEnd, lo, hi, out var predicateBefore);
            if (c.IsWord(claimFirst - 1) && c.Lex.AgeWords.Contains(c.Lower(claimFirst - 1)) && (noun.Unit is "year" or "month" || WordClass.IsVerb(c, claimFirst - 1)))
            {
                predicateToken = claimFirst - 1; // "pemain berusia 23 tahun itu meneken kontrak", "anak usia 9 bulan": the number is an age
                predicateBefore = true;
            }
            if (predicateToken < 0 && previousPredicate >= 0 && Coordinated(c, lastEnd, claimFirst, nounsAfterJoiner: true))
            {
                predicateToken = previousPredicate; // "merusak 850 rumah dan 120 hektare sawah": one verb for both
                predicateBefore = true;
            }
            attributions ??= AttributionFinder.InSentence(c, first, end);
            var subject = AttributionFinder.Subject(c, noun, claimFirst, predicateToken, predicateBefore, lo, hi);
            var source = AttributionFinder.Source(c, attributions, claimFirst, nounEnd, lo, hi);
            var hedge = AttributionFinder.Hedge(attributions, claimFirst, nounEnd, lo, hi);

            var (value, low, high) = Interval(ref bound, q);
            var start = c.Tok(claimFirst).Start;
            var stop = c.Tok(nounEnd - 1).End;
            claims.Add(new Claim(
                c.Doc.Text[start..stop], start, stop, value, bound, low, high, noun.Unit,
                predicateToken >= 0 ? c.BaseVerb(predicateToken) : null, subject, source, hedge));
            lastEnd = nounEnd;
            previousUnit = noun.Unit ?? previousUnit;
            previousPredicate = predicateToken;
        }
    }

    /// <summary>
    /// Whether a claim starting at <paramref name="claimFirst"/> is joined to the one ending at <paramref name="previousEnd"/>
    /// by <c>dan</c>, <c>serta</c> or a comma, with at most two more words of the first noun phrase and no verb between
    /// (<c>179 drone dan 12 rudal</c>, <c>850 rumah warga dan 120 hektare</c>). Also, when <c>nounsAfterJoiner</c> is set (for sharing
    /// the verb), with up to three nouns of the second phrase between the joiner and the number (<c>menyita 30 ponsel dan uang tunai Rp40 juta</c>).
    /// </summary>
    private static bool Coordinated(ClaimContext c, int previousEnd, int claimFirst, bool nounsAfterJoiner = false)
    {
        var joiner = claimFirst - 1;
        for (var n = 0; nounsAfterJoiner && n < 3 && joiner > previousEnd && !c.IsConjunction(joiner) && WordClass.IsNoun(c, joiner); n++)
            joiner--;
        if (!(c.IsConjunction(joiner) || c.Is(joiner, ",")) || joiner - previousEnd is < 0 or > 2) return false;
        for (var i = previousEnd; i < joiner; i++)
            if (!(c.IsWord(i) || c.Is(i, ",") && i == joiner - 1) || WordClass.IsVerb(c, i) || c.IsConjunction(i)) return false;
        return true; // "tujuh kartu kuning dan satu kartu merah", "14 sekolah, tujuh masjid, dan satu puskesmas"
    }

    /// <summary>Value, low and high as SPEC.md has them for the bound.</summary>
    private static (double Value, double? Low, double? High) Interval(ref ClaimBound bound, Quantity q)
    {
        if (q.Kind == NumberKind.Range) bound = ClaimBound.Range;
        else if (q.Kind == NumberKind.Approximate && bound == ClaimBound.Exact) bound = ClaimBound.Approx;
        // An approximate plural's value is the low end of its interval, as a range's is: ratusan = 200 (200..999).
        if (q.Kind == NumberKind.Approximate) q = q with { Value = q.Low };
        return bound switch
        {
            ClaimBound.Range => (q.Low, q.Low, q.High),
            ClaimBound.Exact => (q.Value, q.Value, q.Value),
            ClaimBound.Approx when q.Kind == NumberKind.Approximate => (q.Value, q.Low, q.High),
            ClaimBound.Approx => (q.Value, q.Value, q.Value),
            ClaimBound.MoreThan or ClaimBound.AtLeast => (q.Value, q.Kind == NumberKind.Approximate ? q.Low : q.Value, null),
            _ => (q.Value, null, q.Kind == NumberKind.Approximate ? q.High : q.Value),
        };
    }

    /// <summary>
    /// A number written in words that counts nothing (<c>tiga</c>, <c>kosong</c>), a lone "one" before a noun
    /// (<c>satu hal</c>: an article, not a count, unless a classifier follows), or a frequency (<c>dua kali</c>).
    /// </summary>
    private static bool IsBareWordNumber(ClaimContext c, Quantity q, CountedNoun noun, ClaimBound bound)
    {
        if (noun.Unit is { } unit && c.Lex.NonQuantityUnits.Contains(unit)) return true;
        if (q.Unit is null && noun.Unit is null && c.IsWord(q.End) && c.Lex.NonQuantityUnits.Contains(c.Span(q.End))) return true; // masuk 10 besar
        for (var i = q.First; i < q.End; i++)
            if (c.Tok(i).Kind != TokenKind.Word) return false;
        if (noun.Unit is null) return bound == ClaimBound.Exact && q.Kind != NumberKind.Range;
        return q.Value == 1 && q.Kind == NumberKind.Cardinal && bound == ClaimBound.Exact && q.Unit is null
            && !(noun.NounToken >= 0 && c.Lex.Classifiers.Contains(c.Lower(q.End)));
    }

    /// <summary>
    /// A lone <c>satu</c> before a noun that is still a count: a few words after <c>hanya</c> (<c>hanya mampu mencetak satu gol</c>), before <c>lagi</c>
    /// (<c>satu kemenangan lagi</c>), or coordinated with another count (<c>tujuh kartu kuning dan satu kartu merah</c>).
    /// </summary>
    private static bool IsCountedOne(ClaimContext c, Quantity q, CountedNoun noun, int claimFirst, bool coordinated)
    {
        if (q.Value != 1 || noun.NounToken < 0 || noun.Unit is { } unit && c.Lex.NonQuantityUnits.Contains(unit)) return false;
        if (coordinated) return true;
        for (var before = claimFirst - 1; before >= claimFirst - 3 && c.IsWord(before) && !c.Lex.ClauseBoundaries.Contains(c.Span(before)); before--)
            if (c.Lex.OneCountBefore.Contains(c.Span(before))) return true; // hanya (mampu mencetak) satu gol
        var after = noun.NounToken + 1;
        return c.IsWord(after) && c.Lex.OneCountAfter.Contains(c.Span(after));
    }

    /// <summary>"Budi (45)", "pada usia 19": a bare age, in years.</summary>
    private static bool IsAge(ClaimContext c, Quantity q, int claimFirst)
    {
        if (q.Unit is not null || q.End - q.First != 1 || q.Value is < 0 or > 130 || q.Value != Math.Floor(q.Value)) return false;
        if (c.IsWord(claimFirst - 1) && c.Lex.AgeWords.Contains(c.Lower(claimFirst - 1))
            && !(c.IsWord(q.End) && (c.Lex.Classifiers.Contains(c.Lower(q.End)) || c.Lex.Units.ContainsKey(c.Lower(q.End)) || WordClass.IsNoun(c, q.End))))
            return true;
        return c.Is(q.First - 1, "(") && c.Is(q.End, ")") && c.StartsUpper(q.First - 2);
    }
}
