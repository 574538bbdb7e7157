using NewsNlp.Entities.Gazetteer;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// A photo or report credit in brackets pairs a news organization and a person with a slash
/// (<c>(Grandyos Zafna/detikcom)</c>, <c>(Antara/Ahmad Fauzi)</c>): the organization is an agency
/// and the capitalized words on the other side are the person, whole.
/// </summary>
internal static class CreditRule
{
    private const int MaxTokens = 8;

    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        var count = context.Tokens.Count;
        for (var open = 0; open + 4 < count; open++)
        {
            if (!context.IsChar(open, '(')) continue;
            int slash = -1, close = -1;
            for (var k = open + 1; k < count && k <= open + MaxTokens; k++)
            {
                if (context.IsChar(k, ')')) { close = k; break; }
                if (context.IsChar(k, '/')) { if (slash >= 0) break; slash = k; }
                else if (context.Tokens[k].Kind is not (Tokenization.TokenKind.Word or Tokenization.TokenKind.Abbreviation)) break;
            }
            if (close < 0 || slash < 0 || slash == open + 1 || slash == close - 1) continue;
            if (IsMedia(context, open + 1, slash))
                Apply(context, open + 1, slash, slash + 1, close);
            else if (IsMedia(context, slash + 1, close))
                Apply(context, slash + 1, close, open + 1, slash);
            open = close;
        }
    }

    private static void Apply(TaggingContext context, int mediaFirst, int mediaEnd, int personFirst, int personEnd)
    {
        for (var i = personFirst; i < personEnd; i++)
        {
            var owner = context.At(i);
            if (!context.IsCapitalized(i) || (owner is not null && owner.Type is not (EntityType.Person or EntityType.Leader))) return;
            if (owner is not null && (owner.FirstToken < personFirst || owner.EndToken > personEnd)) return;
        }
        for (var i = personFirst; i < personEnd; i++)
            if (context.At(i) is { } inner) context.Remove(inner);
        context.Add(personFirst, personEnd, EntityType.Person, PersonName.Canonical(context, personFirst, personEnd), MentionOrigin.Cue);
        if (context.IsFree(mediaFirst, mediaEnd) &&
            EntityGazetteer.Default.Lookup(context.Text(mediaFirst, mediaEnd), t => t == EntityType.Agency) is { } media)
            context.Add(mediaFirst, mediaEnd, EntityType.Agency, media.Canonical, MentionOrigin.Gazetteer, media.State);
    }

    /// <summary>True when tokens <c>[first, end)</c> are one agency the gazetteer knows, tagged or not (<c>Antara</c> is also a word).</summary>
    private static bool IsMedia(TaggingContext context, int first, int end)
    {
        if (context.At(first) is { Type: EntityType.Agency } agency)
            return agency.FirstToken == first && agency.EndToken == end;
        return context.IsFree(first, end) && context.IsCapitalized(first) &&
               EntityGazetteer.Default.Lookup(context.Text(first, end), t => t == EntityType.Agency) is not null;
    }
}
