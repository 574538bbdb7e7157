namespace NewsNlp.Entities.Rules;

/// <summary>
/// Candidate pairs are written with a hyphen between two names (<c>pasangan Ridwan Kamil-Suswono</c>,
/// <c>Prabowo-Gibran</c>): a person mention holding such a pair is two people. A hyphen followed by a
/// lower-case part is one name (<c>Kim Jong-un</c>), and a first word hyphenated to a given name with a
/// surname after it stays one (<c>Jean-Pierre Raffarin</c>), as does an Arabic article before the rest of a name
/// (<c>Faruq El-Shara</c>).
/// </summary>
internal static class PairSplitRule
{
    private static readonly Text.WordSet HyphenPrefixes = Text.WordSet.FromData("entities/name-hyphen-prefixes.txt");

    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        foreach (var mention in context.Mentions.Where(m => m.Type is EntityType.Person or EntityType.Leader && m.Origin != MentionOrigin.Gazetteer).ToArray())
        {
            for (var k = mention.FirstToken; k < mention.EndToken; k++)
            {
                if (TrySplitAtHyphenToken(context, mention, k) || TrySplitInsideToken(context, mention, k)) break;
            }
        }
    }

    /// <summary>Ridwan Kamil | - | Suswono: a hyphen token written tight between two capitalized words.</summary>
    private static bool TrySplitAtHyphenToken(TaggingContext context, Mention mention, int h)
    {
        if (h <= mention.FirstToken || h + 1 >= mention.EndToken || !context.IsChar(h, '-')) return false;
        var tokens = context.Tokens;
        if (tokens[h].Start != tokens[h - 1].End || tokens[h + 1].Start != tokens[h].End) return false;
        if (!context.IsCapitalized(h - 1) || !context.IsCapitalized(h + 1)) return false;
        if (h - 1 == mention.FirstToken && h + 2 < mention.EndToken) return false; // Jean-Pierre Raffarin
        if (HyphenPrefixes.Contains(context.Span(h - 1))) return false; // El-Shara
        context.Remove(mention);
        Add(context, mention, mention.FirstToken, h, mention.Start, tokens[h - 1].End);
        Add(context, mention, h + 1, mention.EndToken, tokens[h + 1].Start, mention.End);
        return true;
    }

    /// <summary>Kamil-Suswono as one token: cut it at the hyphen.</summary>
    private static bool TrySplitInsideToken(TaggingContext context, Mention mention, int k)
    {
        var token = context.Tokens[k];
        var span = context.Span(k);
        var hyphen = span.IndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= span.Length || !char.IsUpper(span[0]) || !char.IsUpper(span[hyphen + 1])) return false;
        if (span[(hyphen + 1)..].Contains('-') || HyphenPrefixes.Contains(span[..hyphen])) return false; // El-Shara
        if (k == mention.FirstToken && k != mention.EndToken - 1) return false; // Jean-Pierre Raffarin
        var cut = token.Start + hyphen;
        context.Remove(mention);
        Add(context, mention, mention.FirstToken, k + 1, mention.Start, cut);
        Add(context, mention, k, mention.EndToken, cut + 1, mention.End);
        return true;
    }

    private static void Add(TaggingContext context, Mention source, int first, int end, int start, int stop) =>
        context.Add(new Mention
        {
            FirstToken = first, EndToken = end, Start = start, End = stop,
            Type = source.Type == EntityType.Leader && source.Titled && first == source.FirstToken ? EntityType.Leader : EntityType.Person,
            Canonical = string.Join(' ', context.Document.Text[start..stop].Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            Origin = source.Origin,
            Role = first == source.FirstToken ? source.Role : null,
            Titled = source.Titled && first == source.FirstToken,
        });
}
