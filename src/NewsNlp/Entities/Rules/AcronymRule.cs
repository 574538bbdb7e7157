namespace NewsNlp.Entities.Rules;

/// <summary>
/// A name followed by an abbreviation in brackets defines it (<c>Badan Pangan Nasional
/// (Bapanas)</c>): the abbreviation gets the same type and one name, the acronym for an agency;
/// later bare uses of the abbreviation in the document get it too.
/// </summary>
internal static class AcronymRule
{
    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        var defined = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var mention in context.Mentions.ToArray())
        {
            var open = mention.EndToken;
            if (mention.Type is not (EntityType.Agency or EntityType.Location) || !context.IsChar(open, '(') ||
                !context.IsChar(open + 2, ')') || context.At(open + 1) is not null || !IsAcronym(context, open + 1))
                continue;
            var acronym = context.Span(open + 1).ToString();
            if (mention.Type == EntityType.Agency && mention.Origin != MentionOrigin.Gazetteer)
                mention.Canonical = acronym;
            context.Add(open + 1, open + 2, mention.Type, mention.Canonical, MentionOrigin.Link, mention.State);
            defined.TryAdd(acronym, mention);
        }
        if (defined.Count == 0) return;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (context.At(i) is not null) continue;
            if (defined.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(context.Span(i), out var source))
                context.Add(i, i + 1, source.Type, source.Canonical, MentionOrigin.Link, source.State);
        }
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
