using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// A name followed by an abbreviation in brackets defines it (<c>Badan Pangan Nasional
/// (Bapanas)</c>): the abbreviation gets the same type and one name, the full name the text gives
/// (as a known body is named by its Indonesian full name); later bare uses of the abbreviation in the
/// document get it too.
/// </summary>
internal static class AcronymRule
{
    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        UnifyBracketedNames(context);
        var defined = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var mention in context.Mentions.ToArray())
        {
            var open = mention.EndToken;
            if (mention.Type is not (EntityType.Agency or EntityType.Location) || !context.IsChar(open, '(') ||
                !context.IsChar(open + 2, ')') || context.At(open + 1) is not null || !IsAcronym(context, open + 1))
                continue;
            var acronym = context.Span(open + 1).ToString();
            context.Add(open + 1, open + 2, mention.Type, mention.Canonical, MentionOrigin.Link, mention.State);
            defined.TryAdd(acronym, mention);
        }
        foreach (var mention in context.Mentions)
            if (mention.Origin == MentionOrigin.Link && mention.EndToken - mention.FirstToken == 1 && mention.Type == EntityType.Agency)
                defined.TryAdd(context.Text(mention.FirstToken, mention.EndToken), mention);
        if (defined.Count == 0) return;
        var lookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (!lookup.TryGetValue(context.Span(i), out var source)) continue;
            if (context.At(i) is null)
                context.Add(i, i + 1, source.Type, source.Canonical, MentionOrigin.Link, source.State);
            else if (context.At(i) is { Origin: MentionOrigin.Statistical or MentionOrigin.Cue or MentionOrigin.Title } alone && alone.FirstToken == i && alone.EndToken == i + 1)
            {
                alone.Type = source.Type; // the tagger found the acronym on its own (even as a person: Juru bicara SAF,): it still names the defined body
                alone.Canonical = source.Canonical;
                alone.Role = null;
            }
        }
    }

    /// <summary>
    /// A body's name and its short name in brackets, both already found (<c>Badan Penanggulangan Bencana Daerah
    /// Kalimantan Selatan (BPBD Kalsel)</c>), are one body: the short name and its later mentions take the name's
    /// canonical, or, when only the short name is a known body, the name takes the known body's.
    /// </summary>
    private static void UnifyBracketedNames(TaggingContext context)
    {
        Dictionary<string, string>? renamed = null;
        foreach (var name in context.Mentions)
        {
            var open = name.EndToken;
            if (name.Type != EntityType.Agency || !context.IsChar(open, '(') ||
                context.At(open + 1) is not { Type: EntityType.Agency } inner || inner.FirstToken != open + 1 ||
                inner.EndToken - inner.FirstToken > 3 || !context.IsChar(inner.EndToken, ')') || !IsAcronym(context, open + 1) ||
                inner.Canonical == name.Canonical)
                continue;
            if (inner.Origin == MentionOrigin.Gazetteer && name.Origin != MentionOrigin.Gazetteer)
                (renamed ??= new(StringComparer.Ordinal)).TryAdd(name.Canonical, inner.Canonical);
            else if (inner.Origin != MentionOrigin.Gazetteer)
                (renamed ??= new(StringComparer.Ordinal)).TryAdd(inner.Canonical, name.Canonical);
        }
        if (renamed is null) return;
        foreach (var mention in context.Mentions)
            if (mention.Type == EntityType.Agency && renamed.TryGetValue(mention.Canonical, out var canonical))
                mention.Canonical = canonical;
    }

    /// <summary>
    /// Capitalized words no rule named, followed by an acronym in brackets, are an organization
    /// known by that acronym (<c>Center of Reform on Economics (CORE)</c>); places inside it are part of the name.
    /// </summary>
    public static void DefineUnknownNames(TaggingContext context)
    {
        for (var open = 2; open + 2 < context.Tokens.Count; open++)
        {
            if (!context.IsChar(open, '(') || !context.IsChar(open + 2, ')') || context.At(open + 1) is not null) continue;
            var acronymSpan = context.Span(open + 1);
            if (!IsAcronym(context, open + 1) || acronymSpan.ContainsAnyInRange('a', 'z')) continue;
            var first = open;
            var sentenceFirst = context.SentenceFirst(open);
            while (first - 1 >= sentenceFirst)
            {
                var k = first - 1;
                if (NameRun.StartsPhrase(context, k, open, out var phraseEnd) && phraseEnd <= first &&
                    !RuleData.Default.Heads.TryLongest(context.Document, k, open, out _, out _))
                    break; // Ekonom | Center of Reform on Economics (CORE)
                var mention = context.At(k);
                if (mention is { Type: EntityType.State or EntityType.Location, Origin: MentionOrigin.Gazetteer } && mention.EndToken == first)
                    first = mention.FirstToken; // Japan External Trade Organization (JETRO), also opening a sentence
                else if (mention is { Origin: MentionOrigin.Statistical } && mention.FirstToken > sentenceFirst && mention.EndToken == first)
                    first = mention.FirstToken; // Institute for Security and | Strategic Studies: the tagger's pieces of the one name
                else if (mention is null && context.IsCapitalized(k) && !RuleData.Default.Stopwords.Contains(context.Span(k)))
                    first = k;
                else if (mention is null && first < open && RuleData.Default.Connectors.Contains(context.Span(k)) && k - 1 >= sentenceFirst && context.IsCapitalized(k - 1))
                    first = k;
                else break;
                if (open - first > 8) break;
            }
            var knownFirst = context.At(first) is { Origin: MentionOrigin.Gazetteer, Type: EntityType.State or EntityType.Location };
            if (open - first < 2 || context.At(first) is { Origin: not MentionOrigin.Statistical } && !knownFirst ||
                NameFilter.StartsSentence(context, first) && !knownFirst) continue;
            if (!NamesAnOrganization(context, first, open) || NameRun.ThingHeadAtOrBefore(context, first - 1, sentenceFirst)) continue; // Bahan Bakar Minyak (BBM): a thing, not a body
            foreach (var inner in Within(context, first, open))
                context.Remove(inner);
            var name = context.Text(first, open);
            context.Add(first, open, EntityType.Agency, name, MentionOrigin.Link);
            context.Add(open + 1, open + 2, EntityType.Agency, name, MentionOrigin.Link);
        }
    }

    // The mentions inside tokens [first, end), as a copy (a method, so that the loop above allocates no closure a token).
    private static Mention[] Within(TaggingContext context, int first, int end) =>
        context.Mentions.Where(m => m.FirstToken >= first && m.EndToken <= end).ToArray();

    /// <summary>
    /// True when words <c>[first, end)</c> can name an organization: a head word of one (<c>Badan</c>,
    /// <c>Himpunan</c>), a place or a word that is no word of the language (<c>Center</c>, <c>Nahdlatul</c>);
    /// words of the language only name a thing (<c>Anggaran Pendapatan dan Belanja Negara</c>), and so does a name opened by
    /// the head of a thing (<c>Survei Status Gizi Indonesia (SSGI)</c>, <c>Operasi ...</c>).
    /// </summary>
    private static bool NamesAnOrganization(TaggingContext context, int first, int end)
    {
        if (RuleData.Default.ThingHeads.Contains(context.Span(first))) return false;
        for (var i = first; i < end; i++)
        {
            if (RuleData.Default.Heads.TryLongest(context.Document, i, end, out var type, out _) && type == EntityType.Agency) return true;
            if (context.At(i) is not null) return true;
            if (context.Tokens[i].Kind == Tokenization.TokenKind.Word && !RuleData.Default.Stopwords.Contains(context.Span(i)) &&
                !NameRun.IsWordOfTheLanguage(context, i))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True for an abbreviation: 2 to 12 letters or digits (or hyphens), starting with a capital,
    /// with a second capital (<c>KPU</c>) or else no ordinary word (<c>Bapanas</c>).
    /// </summary>
    public static bool IsAcronym(TaggingContext context, int i)
    {
        var word = context.Span(i);
        if (word.Length is < 2 or > 12 || !char.IsUpper(word[0])) return false;
        var capitals = 0;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c != '-') return false;
            if (char.IsUpper(c)) capitals++;
        }
        return capitals >= 2 || !NameRun.IsOrdinary(context, i);
    }
}
