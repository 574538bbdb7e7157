using NewsNlp.Entities.Gazetteer;
using NewsNlp.Entities.Statistical;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// Types the statistical tagger's spans where the gazetteer has nothing: PER → Person (a title
/// or a known leader makes it a Leader later), LOC → State when the gazetteer knows a state by
/// that name, else Location, ORG → Agency. The gazetteer wins where they overlap.
/// </summary>
internal static class StatisticalSpans
{
    /// <summary>
    /// True when every word is a stopword, or capitals are weak evidence and words of the language make
    /// the span: one ordinary word opening its sentence (<c>Air</c>, <c>Kementerian</c>); in a headline,
    /// where every word is capitalized, a span of such words only (<c>Bahas Bantuan</c>) or a person
    /// whose first word is one (<c>Lonjakan Kasus Dengue</c>; a place keeps its head: <c>Tol Cipularang</c>).
    /// </summary>
    private static bool IsOrdinaryOnly(TaggingContext context, int first, int end, string label)
    {
        if (end - first == 1 && NameFilter.StartsSentence(context, first) && NameRun.IsWordOfTheLanguage(context, first))
            return true;
        if (context.InTitleCase(first) && NameRun.IsWordOfTheLanguage(context, first))
        {
            if (label == "PER") return true;
            var known = first + 1;
            while (known < end && (NameRun.IsWordOfTheLanguage(context, known) || context.Tokens[known].Kind != Tokenization.TokenKind.Word)) known++;
            if (known == end) return true;
        }
        for (var i = first; i < end; i++)
            if (!RuleData.Default.Stopwords.Contains(context.Span(i)) && !RuleData.Default.Ranks.TryLongest(context.Document, i, i + 1, out _, out _))
                return false;
        return true;
    }

    /// <summary>True when every token of <c>[first, end)</c> is a word that starts with a lowercase letter.</summary>
    private static bool AllLowercase(TaggingContext context, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var span = context.Span(i);
            if (context.Tokens[i].Kind != Tokenization.TokenKind.Word || span.Length == 0 || !char.IsLower(span[0])) return false;
        }
        return true;
    }

    /// <summary>True when a head word of the span's own kind opens it (<c>Tol Cipularang</c> for a place): the head is part of the name.</summary>
    private static bool OpensWithOwnHead(TaggingContext context, int first, int end, string label) =>
        label is "LOC" or "ORG" && RuleData.Default.Heads.TryLongest(context.Document, first, end, out var type, out _) &&
        !RuleData.Default.Titles.TryLongest(context.Document, first, end, out _, out _) &&
        type == (label == "LOC" ? EntityType.Location : EntityType.Agency);

    /// <summary>
    /// A person's name whose last word is also a place (<c>Badrodin Haiti</c>): when the name's other words are
    /// free name words and the place is the one mention inside it, at its end, the place gives way to the person.
    /// </summary>
    private static void TakeSurnamePlace(TaggingContext context, int first, int end)
    {
        var place = context.At(end - 1);
        if (place is not { Origin: MentionOrigin.Gazetteer, Type: EntityType.State or EntityType.Location } ||
            place.EndToken != end || place.FirstToken <= first || !context.IsFree(first, place.FirstToken))
            return;
        for (var i = first; i < place.FirstToken; i++)
            if (!NameRun.IsNameWord(context, i) || NameRun.IsWordOfTheLanguage(context, i)) return;
        if (context.Tokens[place.FirstToken].Start != place.Start) return; // a part of a hyphenated word
        context.Remove(place);
    }

    /// <summary>
    /// The end of the name before a bracketed tail the tagger took into the span (<c>Pusat Kajian Pangan (PKP)</c>):
    /// the acronym in brackets is a mention of its own, which <see cref="AcronymRule"/> links to the name.
    /// </summary>
    private static int BeforeBracketedTail(TaggingContext context, int first, int end)
    {
        if (end - first < 3 || !context.IsChar(end - 1, ')')) return end;
        for (var open = end - 2; open > first; open--)
            if (context.IsChar(open, '(')) return open;
        return end;
    }

    /// <summary>
    /// Where a person's name starts when a title before the span ends inside it (<c>Menteri Luar | Negeri Sugiono</c>:
    /// the tagger began the name at the portfolio's last word).
    /// </summary>
    private static int AfterTitleEndingInside(TaggingContext context, int first, int end)
    {
        var sentenceFirst = context.SentenceFirst(first);
        for (var k = first - 1; k >= sentenceFirst && k >= first - 4; k--)
            if (NameRun.StartsPhrase(context, k, end, out var phraseEnd) && phraseEnd > first && phraseEnd < end)
                return phraseEnd;
        return first;
    }

    /// <summary>
    /// A sentence's first word that is a word of the language, before a given name, is not part of the name
    /// (<c>Gol | Mohamed Salah</c>, <c>Pemain | Ahmad ...</c>).
    /// </summary>
    private static int AfterOpeningWord(TaggingContext context, int first, int end) =>
        end - first >= 2 && first == context.SentenceFirst(first) && !RuleData.Default.GivenNames.Contains(context.Span(first)) &&
        NameRun.IsWordOfTheLanguage(context, first) && RuleData.Default.GivenNames.Contains(context.Span(first + 1))
            ? first + 1
            : first;

    /// <summary>
    /// A name that the tagger ends on a given name goes on over one capitalized word of running text, though that word is also
    /// a word of the language (<c>Mohamed | Salah</c>, <c>Dewi | Sartika</c>): not in a title-case line, not over a title, rank,
    /// weekday, month or another mention.
    /// </summary>
    private static int PastWordSurname(TaggingContext context, int first, int end)
    {
        if (end <= first || end >= context.Tokens.Count || !RuleData.Default.GivenNames.Contains(context.Span(end - 1))) return end;
        if (context.At(end) is not null || context.SentenceFirst(end) != context.SentenceFirst(first) || context.InTitleCase(end) ||
            context.Tokens[end].Kind != Tokenization.TokenKind.Word || !context.IsCapitalized(end) || context.Tokens[end].Start != context.Tokens[end - 1].End + 1)
            return end;
        var word = context.Span(end);
        if (RuleData.Default.Stopwords.Contains(word) || NameRun.StartsPhrase(context, end, Math.Min(context.Tokens.Count, end + 3)) ||
            RuleData.Default.Ranks.TryLongest(context.Document, end, end + 1, out _, out _) ||
            Dates.DateLexicon.Instance.Weekdays.ContainsKey(word.ToString()) || Dates.DateLexicon.Instance.Months.ContainsKey(word.ToString()))
            return end;
        return end + 1;
    }

    /// <summary>
    /// An organization whose name holds a place (<c>Bursa Efek New York</c>, <c>Kantor Meteorologi Islandia</c>,
    /// <c>Conocophilips Indonesia Inc</c>): when the tagger's ORG span covers gazetteer places and name words only
    /// (capitalized, or small words such as <c>of</c>), the places give way to the organization, whose state they name.
    /// Not in a headline, where every word is capitalized; not when the span is a place and direction words only.
    /// </summary>
    private static string? TakeInnerPlaces(TaggingContext context, int first, int end)
    {
        if (context.InTitleCase(first)) return null;
        var names = 0;
        string? state = null;
        var places = new List<Mention>(2);
        for (var i = first; i < end; i++)
        {
            if (context.At(i) is { } place)
            {
                if (place is not { Origin: MentionOrigin.Gazetteer, Type: EntityType.State or EntityType.Location } ||
                    place.FirstToken < first || place.EndToken > end || context.Tokens[place.FirstToken].Start != place.Start)
                    return null;
                if (!places.Contains(place)) places.Add(place);
                state ??= place.State;
                continue;
            }
            var span = context.Span(i);
            if (RuleData.Default.Connectors.Contains(span)) continue;
            if (!context.IsCapitalized(i) || context.Tokens[i].Kind is not (Tokenization.TokenKind.Word or Tokenization.TokenKind.Abbreviation)) return null;
            if (!RuleData.Default.Directions.Contains(span) && !RuleData.Default.Stopwords.Contains(span)) names++;
        }
        if (names == 0 || places.Count == 0) return null;
        foreach (var place in places)
            context.Remove(place);
        return state ?? "";
    }

    /// <summary>
    /// True when a span starting at <paramref name="first"/> names a storm, a ship, an exercise or a survey (<c>Topan Yagi</c>,
    /// <c>KRI Bung Tomo</c>, <c>Survei Status | Gizi Indonesia</c>): a thing head opens it or the capitalized words right before it.
    /// </summary>
    private static bool NamesAThing(TaggingContext context, int first) => NameRun.ThingHeadAtOrBefore(context, first, context.SentenceFirst(first));

    /// <summary>Adds the spans of <paramref name="spans"/> that touch no mention yet.</summary>
    public static void Run(TaggingContext context, IReadOnlyList<NameSpan> spans)
    {
        var gazetteer = EntityGazetteer.Default;
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.FirstToken < 0 || span.EndToken > context.Tokens.Count || span.EndToken <= span.FirstToken) continue;
            var first = span.FirstToken;
            var end = span.EndToken;
            while (first < end && NameRun.StartsPhrase(context, first, end, out var phraseEnd) && phraseEnd < end && !OpensWithOwnHead(context, first, end, span.Label))
                first = phraseEnd; // Kompol | Hariyanto: titles and ranks are not names
            while (first < end && RuleData.Default.Ranks.TryLongest(context.Document, first, end, out _, out var rankEnd))
                first = rankEnd;
            end = BeforeBracketedTail(context, first, end);
            if (span.Label == "PER")
            {
                first = AfterTitleEndingInside(context, first, end);
                first = AfterOpeningWord(context, first, end);
                if (first == span.FirstToken && first > 0 && context.At(first - 1) is null && NameRun.IsTitleOfBirth(context, first - 1))
                    first--; // Lalu | Wahyu Hidayat: a leading title of birth that is also a word of the language opens the name
                if (!(s + 1 < spans.Count && spans[s + 1].FirstToken == end)) end = PastWordSurname(context, first, end); // Ade | Rahmat Idnal: the tagger's next name (spans come in order) is joined later
            }
            if (AllLowercase(context, first, end)) continue; // wilayah utara: a span of lowercase words names nothing
            if (span.Label == "PER" && end - first >= 2 && context.Span(end - 1).Length == 1 && NameRun.IsWordOfTheLanguage(context, first))
                continue; // Grup C, Kelas A: a word of the language and a letter label a category, not a person
            if (first < end && span.Label == "PER" && !context.IsFree(first, end))
                TakeSurnamePlace(context, first, end);
            if (first < end && NamesAThing(context, first)) continue; // Survei Status | Gizi Indonesia: a survey, not a body
            if (first < end && span.Label == "ORG" && !context.IsFree(first, end) && !IsOrdinaryOnly(context, first, end, span.Label) &&
                TakeInnerPlaces(context, first, end) is { } home)
            {
                context.Add(first, end, EntityType.Agency, context.Text(first, end), MentionOrigin.Statistical, home.Length == 0 ? null : home);
                continue;
            }
            if (first >= end || !context.IsFree(first, end) || IsOrdinaryOnly(context, first, end, span.Label) || NamesAThing(context, first)) continue;
            if (context.Tokens[first].Kind == Tokenization.TokenKind.Number) continue; // 14.835 TPS: a count, not a name
            if (RuleData.Default.NotNames.TryLongest(context.Document, first, end, out _, out var phrase) && phrase == end) continue; // di Tanah Air
            var text = context.Text(first, end);
            switch (span.Label)
            {
                case "PER":
                    var leader = gazetteer.Lookup(text, t => t == EntityType.Leader);
                    context.Add(first, end, leader is null ? EntityType.Person : EntityType.Leader,
                        leader?.Canonical ?? PersonName.Canonical(context, first, end), MentionOrigin.Statistical);
                    break;
                case "LOC":
                    var place = gazetteer.Lookup(text, t => t is EntityType.State or EntityType.Location);
                    context.Add(first, end, place?.Type ?? EntityType.Location, place?.Canonical ?? text,
                        MentionOrigin.Statistical, place?.State);
                    break;
                case "ORG":
                    var agency = gazetteer.Lookup(text, t => t == EntityType.Agency);
                    context.Add(first, end, EntityType.Agency, agency?.Canonical ?? text,
                        MentionOrigin.Statistical, agency?.State);
                    break;
            }
        }
    }
}
