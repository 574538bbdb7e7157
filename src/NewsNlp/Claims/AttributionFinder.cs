using NewsNlp.Entities;

namespace NewsNlp.Claims;

/// <summary>An attribution or hedge word in a sentence.</summary>
internal readonly record struct Attribution(int First, int End, AttributionKind Kind, string Text);

/// <summary>
/// Who a claim is about and who asserts it. Subject: the entity right after the counted noun
/// (<c>tentara Korea Utara</c>), else the entity before the governing verb in its clause
/// (<c>Korut telah mengirimkan ...</c>, <c>Korea Utara dituduh mengirim ...</c>). Source: the entities
/// before the nearest verb of saying (<c>AS dan sekutunya Korsel menuduh</c>) or after
/// <c>menurut</c>, <c>kata</c>, <c>dilansir</c>, or after <c>oleh</c> following a passive hedge.
/// Hedge: the nearest attribution or hedge word before the claim, else after it.
/// </summary>
internal static class AttributionFinder
{
    /// <summary>The attribution and hedge words of a sentence, in order.</summary>
    public static List<Attribution> InSentence(ClaimContext c, int sentenceFirst, int sentenceEnd)
    {
        var found = new List<Attribution>();
        for (var i = sentenceFirst; i < sentenceEnd; i++)
        {
            var phrase = c.AttributionAt(i, sentenceFirst, sentenceEnd);
            if (phrase is null) continue;
            if (phrase.Meaning == AttributionKind.AfterQuote && !AfterCommaOrQuote(c, i, sentenceFirst)) continue;
            if (c.StartsUpper(i) && !c.IsSentenceFirst(i) && !AfterCommaOrQuote(c, i, sentenceFirst) && !c.InHeadline(i)) continue; // but Kemenkes Catat 3.961 Kasus
            var end = i + phrase.Words.Length;
            found.Add(new Attribution(i, end, phrase.Meaning, string.Join(' ', phrase.Words)));
            i = end - 1;
        }
        return found;
    }

    /// <summary>The hedge word for a claim over tokens <c>[first, end)</c>: the nearest before it, else after it, inside <c>[lo, hi)</c>.</summary>
    public static string? Hedge(List<Attribution> attributions, int first, int end, int lo, int hi)
    {
        var k = FirstEndingAfter(attributions, first);
        if (k > 0 && attributions[k - 1].First >= lo) return attributions[k - 1].Text;
        for (; k < attributions.Count && attributions[k].First < hi; k++)
            if (attributions[k].First >= end) return attributions[k].Text;
        return null;
    }

    /// <summary>The canonical names of whoever the sentence attributes the claim to (attributions inside <c>[lo, hi)</c>).</summary>
    public static IReadOnlyList<string> Source(ClaimContext c, List<Attribution> attributions, int first, int end, int lo, int hi)
    {
        var split = FirstEndingAfter(attributions, first);
        for (var k = split - 1; k >= 0 && attributions[k].First >= lo; k--)
        {
            var names = Speakers(c, attributions[k], lo, hi);
            if (names.Count > 0) return names;
        }
        for (var k = split; k < attributions.Count && attributions[k].First < hi; k++)
        {
            if (attributions[k].First < end) continue;
            var names = Speakers(c, attributions[k], lo, hi);
            if (names.Count > 0) return names;
        }
        return [];
    }

    /// <summary>Index of the first attribution that ends after <paramref name="first"/> (they are in order and do not overlap).</summary>
    private static int FirstEndingAfter(List<Attribution> attributions, int first)
    {
        int a = 0, b = attributions.Count;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (attributions[mid].End <= first) a = mid + 1; else b = mid;
        }
        return a;
    }

    /// <summary>The entity the claim is about, as canonical, or null.</summary>
    public static string? Subject(ClaimContext c, CountedNoun noun, int claimFirst, int predicate, bool predicateBefore, int sentenceFirst, int sentenceEnd)
    {
        foreach (var anchor in (ReadOnlySpan<int>)[noun.NounToken, noun.NounFirstToken])
        {
            if (anchor < 0) continue;
            var next = anchor + 1;
            if (c.Is(next, "asal") || c.Is(next, "dari") || c.Is(next, "milik")) next++;
            if (next < sentenceEnd && c.EntityAt(next) is { } genitive && genitive.Type != EntityType.Date && c.EntityAt(anchor) is null)
                return genitive.Canonical;
        }
        if (predicate >= 0 && !predicateBefore) return null;
        var from = predicate >= 0 ? predicate : claimFirst;
        for (var i = from - 1; i >= sentenceFirst; i--)
        {
            if (c.IsPunct(i) && c.Span(i)[0] is ',' or ';' or ':' or '"' or '“' or '”') return null;
            if (c.EntityAt(i) is { } entity)
            {
                // The agent of the verb: a state, organization or person, not a place or a date.
                if (entity.Type is EntityType.Date or EntityType.Location) continue;
                return PairHead(c, i, entity).Canonical;
            }
            if (!c.IsWord(i)) continue;
            var word = c.Lower(i);
            if (word is "bahwa" or "menurut" || c.Lex.ClauseBoundaries.Contains(word) && word != "dan") return null;
            var phrase = PredicateFinder.AttributionEndingAt(c, i, sentenceFirst, sentenceEnd, out var start);
            if (phrase is not null)
            {
                if (phrase.Meaning != AttributionKind.Hedge) return null;
                i = start;
            }
        }
        return null;
    }

    /// <summary>
    /// A pair of names joined by a hyphen stands for its first name (<c>pasangan Ridwan Kamil-Suswono</c>: a ticket
    /// is named by its head); any other entity stands for itself.
    /// </summary>
    private static Entity PairHead(ClaimContext c, int i, Entity entity)
    {
        var first = i;
        while (first - 1 >= 0 && ReferenceEquals(c.EntityAt(first - 1), entity)) first--;
        var dash = first - 1;
        if (dash < 1 || !c.IsPunct(dash) || c.Span(dash) is not ("-" or "–") || c.Tok(dash).End != c.Tok(first).Start || c.Tok(dash - 1).End != c.Tok(dash).Start)
            return entity;
        return c.EntityAt(dash - 1) is { Type: EntityType.Person or EntityType.Leader } head && entity.Type is EntityType.Person or EntityType.Leader ? head : entity;
    }

    private static List<string> Speakers(ClaimContext c, Attribution a, int sentenceFirst, int sentenceEnd)
    {
        var names = new List<string>();
        switch (a.Kind)
        {
            case AttributionKind.Before:
                if (c.Is(a.First - 1, ",") && a.First - 2 >= sentenceFirst && IsPerson(c, a.First - 2))
                {
                    names.Add(c.EntityAt(a.First - 2)!.Canonical); // Kepala BPBD X, Mukhsin Nasution, mengatakan: the name in apposition
                    break;
                }
                var from = a.First;
                while (from - 1 >= sentenceFirst && !StopsSpeakerSpan(c, from - 1)) from--;
                CollectBackward(c, from, a.First, names);
                if (names.Count == 0 && PronounIn(c, from, a.First) is >= 0 and var pronoun)
                    AddAntecedent(c, pronoun, names); // Ia mengatakan ...
                break;
            case AttributionKind.After:
            case AttributionKind.AfterQuote:
                CollectForward(c, a.End, SpanEnd(c, a.End, sentenceEnd), names);
                if (names.Count == 0 && a.Kind == AttributionKind.AfterQuote && a.Text.EndsWith("nya", StringComparison.Ordinal))
                    AddAntecedent(c, a.First, names); // "...," ujarnya.
                else if (names.Count == 0 && PronounIn(c, a.End, a.End + 1) >= 0)
                    AddAntecedent(c, a.End, names); // Menurut dia, ...
                break;
            case AttributionKind.Hedge:
                if (c.Is(a.End, "oleh")) CollectForward(c, a.End + 1, SpanEnd(c, a.End + 1, sentenceEnd), names);
                break;
        }
        return names;
    }

    /// <summary>The token of a third-person pronoun in <c>[from, to)</c>, or -1.</summary>
    private static int PronounIn(ClaimContext c, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (c.IsWord(i) && c.Lex.Pronouns.Contains(c.Span(i))) return i;
        return -1;
    }

    /// <summary>How far back (in chars, about three sentences) a pronoun's person may be named.</summary>
    private const int AntecedentReach = 600;

    /// <summary>Adds the last person or leader named before token <paramref name="i"/>, not too far back.</summary>
    private static void AddAntecedent(ClaimContext c, int i, List<string> names)
    {
        var start = c.Tok(i).Start;
        for (var e = c.Entities.Count - 1; e >= 0; e--)
        {
            var entity = c.Entities[e];
            if (entity.End > start) continue;
            if (start - entity.End > AntecedentReach) return;
            if (entity.Type is EntityType.Person or EntityType.Leader)
            {
                names.Add(entity.Canonical);
                return;
            }
        }
    }

    private static int SpanEnd(ClaimContext c, int from, int sentenceEnd)
    {
        var i = from;
        while (i < sentenceEnd && !StopsSpeakerSpan(c, i)) i++;
        return i;
    }

    private static bool StopsSpeakerSpan(ClaimContext c, int i)
    {
        if (c.IsPunct(i)) return c.Span(i)[0] is ',' or ';' or ':' or '.' or '"' or '“' or '”' or '!' or '?' && !IsAppositionComma(c, i);
        if (!c.IsWord(i) || c.EntityAt(i) is not null) return false;
        var word = c.Lower(i);
        return word is "bahwa" || c.Lex.ClauseBoundaries.Contains(word) && !c.IsConjunction(i) || c.Lex.AddresseeWords.Contains(word);
    }

    /// <summary>
    /// The speaker nearest the verb, and those coordinated with it (<c>AS dan sekutunya Korsel</c>); an entity
    /// right before another with nothing between (<c>Kepala BNPB Suharyanto</c>) modifies it and is left out.
    /// </summary>
    private static void CollectBackward(ClaimContext c, int from, int to, List<string> names)
    {
        var found = new List<string>();
        var i = to - 1;
        while (i >= from && !IsSpeaker(c, i)) i--;
        while (i >= from)
        {
            var e = c.EntityAt(i)!;
            found.Add(e.Canonical);
            var index = c.EntityIndexAt(i);
            while (i >= from && c.EntityIndexAt(i) == index) i--;
            var joined = false;
            var bracketsOnly = true;
            while (i >= from && !IsSpeaker(c, i) && IsJoiner(c, i))
            {
                joined |= !c.IsPunct(i) || c.Span(i)[0] is '(' or ')' or ',';
                bracketsOnly &= c.IsPunct(i) && c.Span(i)[0] is '(' or ')';
                i--;
            }
            // Gubernur Bank Indonesia (BI) Perry Warjiyo: a bracketed acronym before a person ends the person's title, no second speaker.
            if (joined && bracketsOnly && e.Type is EntityType.Person or EntityType.Leader) break;
            if (i < from || !joined || !IsSpeaker(c, i)) break;
        }
        for (var k = found.Count - 1; k >= 0; k--)
            if (!names.Contains(found[k])) names.Add(found[k]);
    }

    /// <summary>
    /// The speaker right after the word, and those coordinated with it. A named person in the phrase is the speaker,
    /// the bodies and places of the title before the name only describe them (<c>ujar Kepala BMKG Dwikorita Karnawati</c>).
    /// </summary>
    private static void CollectForward(ClaimContext c, int from, int to, List<string> names)
    {
        var i = from;
        while (i < to && !IsSpeaker(c, i)) i++;
        if (i < to && !IsPerson(c, i))
        {
            var person = i;
            while (person < to && !IsPerson(c, person) && (!IsJoinedAfterName(c, person) || IsAppositionComma(c, person))) person++;
            if (person < to && IsPerson(c, person)) i = person;
        }
        while (i < to)
        {
            var e = c.EntityAt(i)!;
            if (!names.Contains(e.Canonical)) names.Add(e.Canonical);
            var index = c.EntityIndexAt(i);
            while (i < to && c.EntityIndexAt(i) == index) i++;
            var joined = false;
            while (i < to && !IsSpeaker(c, i) && IsJoiner(c, i)) { joined = true; i++; }
            if (i >= to || !joined || !IsSpeaker(c, i)) break;
        }
    }

    private static bool IsSpeaker(ClaimContext c, int i) => c.EntityAt(i) is { } e && e.Type != EntityType.Date;

    private static bool IsPerson(ClaimContext c, int i) => c.EntityAt(i) is { Type: EntityType.Person or EntityType.Leader };

    /// <summary>A comma or <c>dan</c> right after an entity: a list of speakers, not one title (<c>AS, Inggris dan Prancis</c>).</summary>
    private static bool IsJoinedAfterName(ClaimContext c, int i) =>
        c.EntityAt(i) is null && c.EntityAt(i - 1) is not null && (c.Is(i, ",") || c.IsConjunction(i));

    /// <summary>A comma between a body and a named person (<c>ujar prakirawan BMKG, Ramlan Siregar</c>): the person is the body's member, not a second speaker.</summary>
    private static bool IsAppositionComma(ClaimContext c, int i) =>
        c.Is(i, ",") && c.EntityAt(i - 1) is { Type: EntityType.Agency } && IsPerson(c, i + 1);

    private static bool IsJoiner(ClaimContext c, int i)
    {
        if (c.IsPunct(i)) return c.Span(i)[0] is '(' or ')' or ',';
        return c.IsWord(i) && c.Lex.SpeakerJoiners.Contains(c.Span(i));
    }

    private static bool AfterCommaOrQuote(ClaimContext c, int i, int sentenceFirst) =>
        i == sentenceFirst || c.IsPunct(i - 1) && c.Span(i - 1)[0] is ',' or '"' or '”' or '“' or '\'' or '’';
}
