using NewsNlp.Entities.Gazetteer;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// The dateline of a news report names the place it was filed from: one to three capitalized words at
/// the start of a line near the top, then a dash (<c>Purwakarta - Sebuah bus ...</c>). A place the
/// gazetteer knows is already tagged (or tagged here when it is also a word of the language, <c>Medan - </c>); an unknown one becomes a Location, also when the statistical tagger read it as a person or body, and so does a body the gazetteer names after its town (<c>Liverpool - </c>).
/// </summary>
internal static class DatelineRule
{
    /// <summary>How far into the text a dateline may stand (a headline or two come before it).</summary>
    private const int OpeningChars = 600;

    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        var text = context.Document.Text;
        for (var i = 0; i < context.Tokens.Count && context.Tokens[i].Start < OpeningChars; i++)
        {
            var start = context.Tokens[i].Start;
            if (start > 0 && text[start - 1] != '\n') continue;
            // A club the gazetteer names after its town (Liverpool - ) is the town in a dateline too.
            if (context.At(i) is { } read &&
                read is { Origin: MentionOrigin.Statistical, Type: EntityType.Person or EntityType.Leader or EntityType.Agency } or { Origin: MentionOrigin.Gazetteer, Type: EntityType.Agency } &&
                read.FirstToken == i && read.EndToken - i <= 3 && read.EndToken + 1 < context.Tokens.Count &&
                context.Span(read.EndToken) is "-" or "–" or "—" && context.IsCapitalized(read.EndToken + 1) && !NameRun.IsWordOfTheLanguage(context, i))
            {
                read.Type = EntityType.Location; // the tagger read the dateline's place as a name of another kind
                read.Canonical = context.Text(i, read.EndToken);
                read.Role = null;
                continue;
            }
            var end = i;
            while (end < context.Tokens.Count && end - i < 3 && context.At(end) is null && NameRun.IsNameWord(context, end)) end++;
            if (end == i || end + 1 >= context.Tokens.Count) continue;
            if (context.Span(end) is not ("-" or "–" or "—") || !context.IsCapitalized(end + 1)) continue;
            var known = EntityGazetteer.Default.Lookup(context.Text(i, end), static t => t == EntityType.Location);
            if (known is null && NameRun.IsWordOfTheLanguage(context, i)) continue; // but Medan - : a known place that is also a word
            context.Add(i, end, EntityType.Location, known?.Canonical ?? context.Text(i, end), MentionOrigin.Head);
        }
    }
}
