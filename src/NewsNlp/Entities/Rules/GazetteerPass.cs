using NewsNlp.Entities.Gazetteer;

using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// The first pass over each sentence, left to right, longest match first: agency descriptions
/// before a state (<c>badan mata-mata Seoul</c>), gazetteer names, head-word names
/// (<c>Kota Bandung</c>), and gazetteer names inside hyphenated words (<c>Rusia-Korut</c>).
/// </summary>
internal static class GazetteerPass
{
    /// <summary>Runs the pass.</summary>
    public static void Run(TaggingContext context)
    {
        var gazetteer = EntityGazetteer.Default;
        foreach (var sentence in context.Document.Sentences)
        {
            var i = sentence.FirstToken;
            var limit = Math.Min(sentence.EndToken, context.Tokens.Count);
            while (i < limit)
            {
                if (context.At(i) is not null) { i++; continue; }
                if (TryDescriptor(context, i, limit, out var end) || TryName(context, gazetteer, i, limit, out end) ||
                    TryHead(context, i, limit, out end))
                {
                    i = end;
                    continue;
                }
                TryHyphenParts(context, gazetteer, i);
                i++;
            }
        }
    }

    /// <summary>The gazetteer name at token <paramref name="i"/>, if any, without adding it.</summary>
    public static bool TryMatch(TaggingContext context, int i, int limit, out GazetteerEntry entry, out int end)
    {
        var filter = new NameFilter(context);
        var found = EntityGazetteer.Default.Names.TryLongest(context.Document, i, limit, ref filter, out var form, out end);
        entry = found ? form.Entry : null!;
        return found;
    }

    private static bool TryName(TaggingContext context, EntityGazetteer gazetteer, int i, int limit, out int end)
    {
        if (!TryMatch(context, i, limit, out var entry, out end)) return false;
        if (entry.Type == EntityType.Agency && !context.IsCapitalized(i) && AgencyInApposition(context, end, limit)) return false; // bank sentral AS, The Fed, ...
        var known = end;
        if (entry.Type == EntityType.Location)
            while (end < limit && context.IsCapitalized(end) && RuleData.Default.Directions.Contains(context.Span(end))) end++;
        // Lampung Tengah, Bandung Barat: a known place and a direction word name another place, as written.
        context.Add(i, end, entry.Type, end == known ? entry.Canonical : context.Text(i, end), MentionOrigin.Gazetteer, entry.State);
        return true;
    }

    private static bool TryDescriptor(TaggingContext context, int i, int limit, out int end)
    {
        end = i;
        if (!RuleData.Default.Descriptors.TryLongest(context.Document, i, limit, out var head, out var headEnd)) return false;
        if (!TryMatch(context, headEnd, limit, out var place, out end)) return false;
        if (place.Type is not (EntityType.State or EntityType.Location) || place.State is null) return false;
        // bank sentral Negeri Paman Sam, The Federal Reserve (The Fed), ...: a description in lower case with the body's
        // own name in apposition after it is a common noun phrase; the body is the name, the place stays a place.
        if (!context.IsCapitalized(i) && AgencyInApposition(context, end, limit)) return false;
        var state = place.State;
        var canonical = head + " " + state;
        var known = EntityGazetteer.Default.Lookup(canonical, t => t == EntityType.Agency);
        context.Add(i, end, EntityType.Agency, known?.Canonical ?? canonical, MentionOrigin.Descriptor, state);
        return true;
    }

    /// <summary>True when a comma and a known agency's name (after an optional article, <c>The</c>) follow token <paramref name="end"/> - 1.</summary>
    private static bool AgencyInApposition(TaggingContext context, int end, int limit)
    {
        if (end + 1 >= limit || !context.IsChar(end, ',')) return false;
        for (var k = end + 1; k <= end + 2 && k < limit; k++)
        {
            if (!context.IsCapitalized(k)) return false;
            if (TryMatch(context, k, limit, out var entry, out _) && entry.Type == EntityType.Agency) return true;
        }
        return false;
    }

    private static bool TryHead(TaggingContext context, int i, int limit, out int end)
    {
        end = i;
        if (!context.IsCapitalized(i) || context.InTitleCase(i) || !RuleData.Default.Heads.TryLongest(context.Document, i, limit, out var type, out var headEnd))
            return false;
        if (i > 0 && RuleData.Default.Titles.TryLongest(context.Document, i - 1, limit, out _, out var titleEnd) && titleEnd > i)
            return false; // Wali Kota: a title, not a head
        if (headEnd >= limit) return false;
        var prefix = type == EntityType.Location && IsPlacePrefix(context, i, headEnd);
        if (type == EntityType.Location && TryMatch(context, headEnd, limit, out var place, out end) &&
            place.Type is EntityType.Location or EntityType.State && !RuleData.Default.Directions.Contains(SpanOrEmpty(context, end, limit)) &&
            TightHyphenEnd(context, end, limit) == end)
        {
            // Kabupaten Sukabumi is Sukabumi; Laut Jawa is a sea of its own.
            context.Add(i, end, EntityType.Location, prefix ? place.Canonical : context.Text(i, end), MentionOrigin.Head, place.State);
            return true;
        }
        end = HeadRun(context, headEnd, limit, type, CityUnitHeads.Contains(context.Span(i)));
        if (end == headEnd) return false;
        if (TryMatch(context, headEnd, limit, out var inner, out var innerEnd) && innerEnd == end &&
            (inner.Type == EntityType.State || (inner.Type == EntityType.Location && inner.State != EntityGazetteer.Default.StateOf("ID"))))
            return false; // RS Gaza: a foreign place is the entity; Kejaksaan Tinggi Sulawesi Selatan is one name
        var state = type == EntityType.Location && TryMatch(context, headEnd, limit, out var within, out _) ? within.State : null;
        context.Add(i, end, type, context.Text(prefix ? headEnd : i, end), MentionOrigin.Head, state);
        return true;
    }

    private static readonly WordSet PlacePrefixes = WordSet.FromData("entities/place-prefixes.txt");

    /// <summary>True when the head word(s) <c>[first, end)</c> name the kind of an administrative area (<c>Kabupaten</c>, <c>Negara Bagian</c>).</summary>
    private static bool IsPlacePrefix(TaggingContext context, int first, int end)
    {
        var tokens = context.Tokens;
        return PlacePrefixes.Contains(context.Document.Text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start));
    }

    /// <summary>Past <c>-Cikampek</c> when a hyphen written tight and a capitalized word follow token <paramref name="end"/> - 1, else <paramref name="end"/>.</summary>
    private static int TightHyphenEnd(TaggingContext context, int end, int limit)
    {
        while (end + 1 < limit && end > 0 && context.IsChar(end, '-') && context.Tokens[end].Start == context.Tokens[end - 1].End &&
               context.Tokens[end + 1].Start == context.Tokens[end].End && context.IsCapitalized(end + 1))
            end += 2;
        return end;
    }

    private static readonly WordSet CompanySuffixes = WordSet.FromData("entities/company-suffixes.txt");

    /// <summary>True for a roman numeral in capitals (<c>II</c>, <c>IV</c>) that numbers a name (<c>Gedung Nusantara II</c>).</summary>
    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 4) return false;
        foreach (var c in word)
            if (c is not ('I' or 'V' or 'X')) return false;
        return true;
    }

    private static ReadOnlySpan<char> SpanOrEmpty(TaggingContext context, int i, int limit) => i < limit ? context.Span(i) : [];

    private static readonly WordSet CityUnitHeads = WordSet.FromData("entities/city-unit-heads.txt");

    private static int HeadRun(TaggingContext context, int first, int limit, EntityType type, bool cityUnit = false)
    {
        var end = first;
        for (var i = first; i < limit && i - first < 7; i++)
        {
            if (TryMatch(context, i, limit, out var known, out var knownEnd) && known.Type != EntityType.Leader)
            {
                while (knownEnd < limit && (RuleData.Default.Directions.Contains(context.Span(knownEnd)) || CompanySuffixes.Contains(context.Span(knownEnd)) ||
                       IsRomanNumeral(context.Span(knownEnd)))) knownEnd++;
                if (cityUnit && knownEnd < limit && context.Span(knownEnd) is "Kota") knownEnd++; // Polres Tasikmalaya Kota: the city's unit
                return TightHyphenEnd(context, knownEnd, limit); // a known name ends the run: Komisi I DPR, Universitas Indonesia, Kecamatan Bekasi Timur; Tol Jakarta-Cikampek
            }
            if (RuleData.Default.Ranks.TryLongest(context.Document, i, limit, out _, out _) ||
                RuleData.Default.Titles.TryLongest(context.Document, i, limit, out _, out _))
                break; // Polres Metro Bekasi Kota Kombes ...: a rank or title starts a person
            if (i > first && type == EntityType.Agency && RuleData.Default.GivenNames.Contains(context.Span(i)))
                break; // Kepala Dinas Pertanian Ahmad ...: a given name starts a person; places are named after people (Bandara Frans Seda)
            var token = context.Tokens[i];
            var capitalized = context.IsCapitalized(i) && !RuleData.Default.Stopwords.Contains(context.Span(i));
            // A number numbers the name (Gedung Nusantara 2) unless a noun it counts follows: Desa Tabuyung | 395 jiwa.
            var number = token.Kind == Tokenization.TokenKind.Number && i > first && !(i + 1 < limit && IsLowercaseNoun(context, i + 1));
            if (capitalized || number) { end = i + 1; continue; }
            if (i > first && context.Span(i) is "dan" or "&" or "untuk" && i + 1 < limit && context.IsCapitalized(i + 1) &&
                !RuleData.Default.Heads.TryLongest(context.Document, i + 1, limit, out _, out _))
                continue; // Dinas Pertanian dan Peternakan, Organisasi Internasional untuk Migrasi; but RSUD Bayu Asih | dan RS Siloam: two names
            break;
        }
        return end;
    }

    /// <summary>True for a noun in lower case, what a number counts (<c>jiwa</c>, <c>rumah</c>; not <c>kemarin</c>, <c>di</c>).</summary>
    private static bool IsLowercaseNoun(TaggingContext context, int i) =>
        context.Tokens[i].Kind == Tokenization.TokenKind.Word && char.IsLower(context.Span(i)[0]) &&
        Morphology.RootLexicon.PartOfSpeech(context.Span(i)) == "NOUN";

    private static void TryHyphenParts(TaggingContext context, EntityGazetteer gazetteer, int i)
    {
        var token = context.Tokens[i];
        var span = context.Span(i);
        if (token.Kind != Tokenization.TokenKind.Word || span.IndexOf('-') <= 0) return;
        var offset = 0;
        while (offset <= span.Length)
        {
            var length = span[offset..].IndexOf('-');
            if (length < 0) length = span.Length - offset;
            var part = span.Slice(offset, length);
            if (gazetteer.Names.TryExact(part, out var forms))
                foreach (var form in forms)
                {
                    if (!NameFilter.CaseAgrees(form.Case, part) || form.CommonWord) continue;
                    context.Add(new Mention
                    {
                        FirstToken = i, EndToken = i + 1,
                        Start = token.Start + offset, End = token.Start + offset + length,
                        Type = form.Entry.Type, Canonical = form.Entry.Canonical, Origin = MentionOrigin.Gazetteer,
                        State = form.Entry.State,
                    });
                    break;
                }
            offset += length + 1;
        }
    }
}
