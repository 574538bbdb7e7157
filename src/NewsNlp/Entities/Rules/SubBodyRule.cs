namespace NewsNlp.Entities.Rules;

/// <summary>
/// A unit of a known agency is an agency of its own, not the body it belongs to, named by the body's and the
/// place's canonical names (<c>BPBD Kalsel</c>: <c>Badan Penanggulangan Bencana Daerah Kalimantan Selatan</c>) or as written:
/// a national body followed by a place is its office there (<c>KPU DKI Jakarta</c>), or, for a foreign
/// place, that place's own body (<c>Kementerian Kesehatan Gaza</c> is not the Indonesian ministry); an
/// unit word before an agency names a unit of it (<c>Korlantas Polri</c>, <c>Litbang Kompas</c>).
/// A state of the agency's own (<c>DPR RI</c>) and an ordinary word (<c>Fraksi PKS</c>) leave the
/// agency as it is.
/// </summary>
internal static class SubBodyRule
{
    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        foreach (var agency in context.Mentions.Where(m => m.Type == EntityType.Agency && m.Origin == MentionOrigin.Gazetteer).OrderBy(m => m.Start).ToArray())
        {
            if (!context.Mentions.Contains(agency)) continue;
            var first = agency.FirstToken;
            var end = agency.EndToken;
            // Badan Penanggulangan Bencana Daerah (BPBD) Garut: the body's acronym in brackets between the body and its place.
            var acronym = AcronymAside(context, agency);
            if (acronym is not null) end = acronym.EndToken + 1;
            if (agency.State is not null && context.At(end) is { Origin: MentionOrigin.Gazetteer or MentionOrigin.Head } place &&
                place.FirstToken == end && place.Start == context.Tokens[end].Start && context.SentenceFirst(end) == context.SentenceFirst(first) &&
                (place.Type == EntityType.Location || (place.Type == EntityType.State && place.Canonical != agency.State)))
                end = place.EndToken;
            var unit = first - 1;
            if (unit >= context.SentenceFirst(first) && IsUnitName(context, unit))
                first = unit;
            if (acronym is not null && end == acronym.EndToken + 1) end = agency.EndToken; // no place after the aside
            if (first == agency.FirstToken && end == agency.EndToken) continue;
            var town = end > agency.EndToken ? context.At(end - 1) : null;
            var state = town?.State ?? agency.State;
            // BPBD Kalsel is Badan Penanggulangan Bencana Daerah Kalimantan Selatan: the body's and the place's own names.
            var canonical = town is { Type: EntityType.Location } && town.State == agency.State && first == agency.FirstToken
                ? agency.Canonical + " " + TownName(context, town)
                : context.Text(first, end); // Kementerian Kesehatan Gaza, Timnas Jepang: a foreign body, as written
            for (var i = first; i < end; i++)
                if (context.At(i) is { } inner) context.Remove(inner);
            context.Add(first, end, EntityType.Agency, canonical, MentionOrigin.Head, state);
        }
    }

    /// <summary>The body's own acronym in brackets right after it (<c>Badan ... Daerah (BPBD)</c>), or null.</summary>
    private static Mention? AcronymAside(TaggingContext context, Mention agency)
    {
        var open = agency.EndToken;
        if (!context.IsChar(open, '(') || context.At(open + 1) is not { Type: EntityType.Agency } inner || inner.FirstToken != open + 1 ||
            inner.Canonical != agency.Canonical || !context.IsChar(inner.EndToken, ')'))
            return null;
        return inner;
    }

    /// <summary>The town's canonical name where it expands the written one (Kalsel: Kalimantan Selatan), else as written (DKI Jakarta).</summary>
    private static string TownName(TaggingContext context, Mention town)
    {
        var written = context.Text(town.FirstToken, town.EndToken);
        return written.Contains(town.Canonical, StringComparison.Ordinal) ? written : town.Canonical;
    }

    /// <summary>True for a free unit word (<c>Korlantas</c>, <c>Litbang</c>) before the body.</summary>
    private static bool IsUnitName(TaggingContext context, int i) =>
        context.At(i) is null && context.IsCapitalized(i) && RuleData.Default.UnitWords.Contains(context.Span(i));
}
