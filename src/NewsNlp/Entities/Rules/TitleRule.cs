namespace NewsNlp.Entities.Rules;

/// <summary>
/// A title before a name makes a leader with that role (<c>Presiden Rusia Vladimir Putin</c>:
/// Leader, role <c>Presiden Rusia</c>; <c>Rusia</c> stays a State of its own) or, for a person
/// marker (<c>wartawan</c>), a person. The title itself is never part of the entity.
/// </summary>
internal static class TitleRule
{
    /// <summary>Runs the rule over every sentence.</summary>
    public static void Run(TaggingContext context)
    {
        var data = RuleData.Default;
        foreach (var sentence in context.Document.Sentences)
        {
            var limit = Math.Min(sentence.EndToken, context.Tokens.Count);
            for (var i = sentence.FirstToken; i < limit; i++)
            {
                if (context.At(i) is not null) continue;
                if (!data.Titles.TryLongest(context.Document, i, limit, out var kind, out var titleEnd)) continue;
                i = Apply(context, i, titleEnd, limit, kind) - 1;
            }
        }
    }

    /// <summary>Applies the title over <c>[first, titleEnd)</c>; returns where scanning goes on.</summary>
    private static int Apply(TaggingContext context, int first, int titleEnd, int limit, TitleKind kind)
    {
        var roleEnd = titleEnd;
        var j = SkipModifiers(context, titleEnd, limit, ref roleEnd);
        if (roleEnd > titleEnd && j == roleEnd && j + 2 < limit && context.At(j) is null && context.Tokens[j].Kind == Tokenization.TokenKind.Word &&
            context.IsCapitalized(j) && !RuleData.Default.GivenNames.Contains(context.Span(j)) && context.IsChar(j + 1, ',') && IsPersonAt(context, j + 2))
            roleEnd = j = j + 1; // Ketua DPD Nasdem Sumenep, Sufyan Absi: one more word of the body (its town) before the name in apposition
        if (roleEnd > titleEnd && j == roleEnd && j + 1 < limit && context.IsChar(j, ',') && IsPersonAt(context, j + 1))
            j++; // Ketua Umum Partai Gerindra, Prabowo Subianto: the name in apposition
        if (j >= limit) return titleEnd;
        var role = kind == TitleKind.Leader ? context.Document.Text[context.Tokens[first].Start..context.Tokens[roleEnd - 1].End] : null;
        var existing = context.At(j);
        if (existing is not null)
        {
            if (existing.FirstToken != j || existing.Type is not (EntityType.Leader or EntityType.Person)) return titleEnd;
            existing = TrimInHeadline(context, existing);
            if (existing.Origin == MentionOrigin.Statistical && context.At(existing.EndToken) is { Origin: MentionOrigin.Statistical, Type: EntityType.Person } next &&
                next.FirstToken == existing.EndToken)
            {
                context.Remove(existing); // Ade | Rahmat Idnal: one name
                context.Remove(next);
                existing = context.Add(j, next.EndToken, existing.Type, PersonName.Canonical(context, j, next.EndToken), MentionOrigin.Statistical);
            }
            if (kind == TitleKind.Leader)
            {
                existing.Type = EntityType.Leader;
                existing.Role ??= role;
                existing.Titled = true;
            }
            return existing.EndToken;
        }
        var end = NameRun.Scan(context, j, limit, inHeadline: kind == TitleKind.Leader); // an office is evidence even in a headline
        if (end == j) return titleEnd;
        if (RuleData.Default.NotNames.TryLongest(context.Document, j, end, out _, out var phrase) && phrase == end) return end; // warga Rohingya: a people
        if (context.At(end) is { Type: EntityType.Location or EntityType.State } home && home.FirstToken == end &&
            context.At(home.EndToken) is { Type: EntityType.Person or EntityType.Leader } person && person.FirstToken == home.EndToken)
        {
            // Pelatih Persib Bandung Bojan Hodak: a body named with its town, then the person
            context.Remove(home);
            context.Add(j, home.EndToken, EntityType.Agency, context.Text(j, home.EndToken), MentionOrigin.Title, home.State);
            if (kind == TitleKind.Leader)
            {
                person.Type = EntityType.Leader;
                person.Role ??= context.Text(first, home.EndToken);
                person.Titled = true;
            }
            return person.EndToken;
        }
        var joined = end + 1 < limit && context.IsChar(end, '-') && context.Tokens[end].Start == context.Tokens[end - 1].End &&
                     context.At(end + 1) is { Origin: MentionOrigin.Statistical, Type: EntityType.Person } tight && tight.FirstToken == end + 1 &&
                     context.Tokens[end + 1].Start == context.Tokens[end].End && end == j + 1;
        if (joined) end++; // Jean-Pierre Raffarin: a hyphenated given name
        if (context.At(end) is { Origin: MentionOrigin.Statistical, Type: EntityType.Person } rest && rest.FirstToken == end)
        {
            context.Remove(rest); // Ade | Rahmat Idnal: one name
            end = rest.EndToken;
        }
        var mention = context.Add(j, end, kind == TitleKind.Leader ? EntityType.Leader : EntityType.Person,
            PersonName.Canonical(context, j, end), MentionOrigin.Title);
        mention.Role = role;
        mention.Titled = kind == TitleKind.Leader;
        return end;
    }

    /// <summary>
    /// In a headline the tagger may run a titled name on into the words after it (<c>Mendiktisaintek Brian Yuliarto Minta PTN
    /// ...</c>): the name ends at the first word of the language after its first word.
    /// </summary>
    private static Mention TrimInHeadline(TaggingContext context, Mention existing)
    {
        if (existing.Origin != MentionOrigin.Statistical || !context.InTitleCase(existing.FirstToken)) return existing;
        for (var t = existing.FirstToken + 1; t < existing.EndToken; t++)
        {
            if (!NameRun.IsWordOfTheLanguage(context, t)) continue;
            var (first, type) = (existing.FirstToken, existing.Type);
            context.Remove(existing);
            return context.Add(first, t, type, PersonName.Canonical(context, first, t), MentionOrigin.Statistical);
        }
        return existing;
    }

    /// <summary>True when a person's name starts at token <paramref name="i"/>: a person mention, or a run of name words.</summary>
    private static bool IsPersonAt(TaggingContext context, int i) =>
        context.At(i) is { } mention
            ? mention.FirstToken == i && mention.Type is EntityType.Leader or EntityType.Person
            : NameRun.Scan(context, i, Math.Min(context.Tokens.Count, i + NameRun.MaxWords + 1)) > i;

    /// <summary>Skips portfolios, states and agencies, and bracketed asides after a title.</summary>
    private static int SkipModifiers(TaggingContext context, int j, int limit, ref int roleEnd)
    {
        var data = RuleData.Default;
        for (var steps = 0; steps < 8 && j < limit; steps++)
        {
            var mention = context.At(j);
            if (mention is { Type: EntityType.State or EntityType.Location or EntityType.Agency } && mention.FirstToken == j)
            {
                j = roleEnd = mention.EndToken;
                continue;
            }
            if ((mention is null || (mention.Origin == MentionOrigin.Statistical && mention.FirstToken == j)) &&
                data.Portfolios.TryLongest(context.Document, j, limit, out _, out var end) &&
                (mention is null || mention.EndToken <= end))
            {
                if (mention is not null)
                    context.Remove(mention); // Kapolres Metro ...: the tagger read a portfolio word as a name
                j = roleEnd = end;
                continue;
            }
            if (mention is null && context.Span(j).Equals("Bidang", StringComparison.OrdinalIgnoreCase))
            {
                var k = j + 1;
                while (k < limit && k < j + 6 && context.At(k) is null && context.IsCapitalized(k) &&
                       !RuleData.Default.Ranks.TryLongest(context.Document, k, limit, out _, out _)) k++;
                if (k < limit && context.At(k) is { Type: not (EntityType.Leader or EntityType.Person) })
                {
                    j = roleEnd = k; // Deputi Bidang Meteorologi BMKG
                    continue;
                }
            }
            if (mention is null && roleEnd == j && context.Span(j).Equals("untuk", StringComparison.OrdinalIgnoreCase) &&
                context.At(j + 1) is { Type: EntityType.State or EntityType.Location or EntityType.Agency } posted && posted.FirstToken == j + 1)
            {
                j = roleEnd = posted.EndToken; // Duta Besar AS untuk Indonesia Kamala Shirin Lakhdhir
                continue;
            }
            if (TryUnitOfBody(context, j, limit, out end))
            {
                j = roleEnd = end; // Direktur Jenderal Penyelenggaraan Haji dan Umrah Kemenag Hilman Latief
                continue;
            }
            if (mention is null && context.Tokens[j].Kind == Tokenization.TokenKind.Ordinal)
            {
                j = roleEnd = j + 1; // Presiden ke-7
                continue;
            }
            if (TryRank(context, j, limit, ref roleEnd, out end))
            {
                j = end;
                break; // the name follows the rank
            }
            if (mention is null && j + 1 < limit && AcronymRule.IsAcronym(context, j) && IsUpper(context.Span(j)) && context.IsCapitalized(j + 1))
            {
                context.Add(j, j + 1, EntityType.Agency, context.Span(j).ToString(), MentionOrigin.Title);
                j = roleEnd = j + 1; // Ketua DKPP Jimly Asshiddiqie: an organization's acronym
                continue;
            }
            if (context.IsChar(j, '(') && TryAside(context, j, limit, out end))
            {
                j = end;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>
    /// A unit of a body between a title and the body: capitalized words of the language (and <c>dan</c>) right
    /// before an agency (<c>Penyelenggaraan Haji dan Umrah Kemenag</c>) name a directorate, not a person;
    /// <paramref name="end"/> is the body's first token. Names the tagger found in the unit are dropped.
    /// </summary>
    private static bool TryUnitOfBody(TaggingContext context, int j, int limit, out int end)
    {
        end = j;
        var k = j;
        while (k < limit && k < j + 7 && (context.At(k) is null || context.At(k)!.Origin == MentionOrigin.Statistical))
        {
            if (k > j && context.Span(k) is "dan") { k++; continue; }
            if (!context.IsCapitalized(k) || RuleData.Default.GivenNames.Contains(context.Span(k)) ||
                RuleData.Default.Titles.TryLongest(context.Document, k, limit, out _, out _)) break;
            k++;
        }
        if (k == j || k >= limit || context.Span(k - 1) is "dan" || context.At(k) is not { Type: EntityType.Agency } body || body.FirstToken != k)
            return false;
        // A unit's name opens with a word of the language (Penyelenggaraan Haji ...), or is two words or more, none a given
        // name nor an acronym (Gempabumi dan Tsunami BMKG, Public Relations KAI; not DPP Bidang Ekonomi Partai Demokrat, whose DPP
        // is a body): one capitalized word alone before a body may be a name.
        if (!NameRun.IsWordOfTheLanguage(context, j) && (k - j < 2 || HasAcronym(context, j, k))) return false;
        for (var i = j; i < k; i++)
            if (context.At(i) is { } inner) context.Remove(inner);
        end = k;
        return true;
    }

    /// <summary>
    /// A rank within a few capitalized words (<c>Metro Jakarta Selatan AKBP</c>): the words before
    /// it belong to the role, the rank to neither role nor name; <paramref name="end"/> is past the rank(s).
    /// </summary>
    private static bool TryRank(TaggingContext context, int j, int limit, ref int roleEnd, out int end)
    {
        var ranks = RuleData.Default.Ranks;
        end = j;
        for (var k = j; k < limit && k < j + 5; k++)
        {
            if (ranks.TryLongest(context.Document, k, limit, out _, out var rankEnd) && context.IsCapitalized(k))
            {
                while (ranks.TryLongest(context.Document, rankEnd, limit, out _, out var more)) rankEnd = more; // Brigjen Pol
                if (k > j) roleEnd = k;
                end = rankEnd;
                return true;
            }
            var mention = context.At(k);
            if (mention is not null ? mention.Type is EntityType.Leader or EntityType.Person : !context.IsCapitalized(k))
                return false;
        }
        return false;
    }

    private static bool HasAcronym(TaggingContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (context.Span(i).Length > 1 && IsUpper(context.Span(i))) return true;
        return false;
    }

    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>An aside in brackets holding a known name or an abbreviation: <c>(Korut)</c>.</summary>
    private static bool TryAside(TaggingContext context, int open, int limit, out int end)
    {
        end = open;
        for (var k = open + 1; k < limit && k < open + 6; k++)
        {
            if (!context.IsChar(k, ')')) continue;
            if (k == open + 1) return false;
            for (var m = open + 1; m < k; m++)
                if (context.At(m) is null && !context.IsCapitalized(m)) return false;
            end = k + 1;
            return true;
        }
        return false;
    }
}
