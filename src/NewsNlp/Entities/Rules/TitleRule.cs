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
        if (j >= limit) return titleEnd;
        var role = kind == TitleKind.Leader ? context.Document.Text[context.Tokens[first].Start..context.Tokens[roleEnd - 1].End] : null;
        var existing = context.At(j);
        if (existing is not null)
        {
            if (existing.FirstToken != j || existing.Type is not (EntityType.Leader or EntityType.Person)) return titleEnd;
            if (kind == TitleKind.Leader)
            {
                existing.Type = EntityType.Leader;
                existing.Role ??= role;
                existing.Titled = true;
            }
            return existing.EndToken;
        }
        var end = NameRun.Scan(context, j, limit);
        if (end == j) return titleEnd;
        var mention = context.Add(j, end, kind == TitleKind.Leader ? EntityType.Leader : EntityType.Person,
            PersonName.Canonical(context, j, end), MentionOrigin.Title);
        mention.Role = role;
        mention.Titled = kind == TitleKind.Leader;
        return end;
    }

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
            if (mention is null && data.Portfolios.TryLongest(context.Document, j, limit, out _, out var end))
            {
                j = roleEnd = end;
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
