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
    /// <summary>Adds the spans of <paramref name="spans"/> that touch no mention yet.</summary>
    public static void Run(TaggingContext context, IReadOnlyList<NameSpan> spans)
    {
        var gazetteer = EntityGazetteer.Default;
        foreach (var span in spans)
        {
            if (span.FirstToken < 0 || span.EndToken > context.Tokens.Count || span.EndToken <= span.FirstToken) continue;
            if (!context.IsFree(span.FirstToken, span.EndToken)) continue;
            var text = context.Text(span.FirstToken, span.EndToken);
            switch (span.Label)
            {
                case "PER":
                    var leader = gazetteer.Lookup(text, t => t == EntityType.Leader);
                    context.Add(span.FirstToken, span.EndToken, leader is null ? EntityType.Person : EntityType.Leader,
                        leader?.Canonical ?? PersonName.Canonical(context, span.FirstToken, span.EndToken), MentionOrigin.Statistical);
                    break;
                case "LOC":
                    var place = gazetteer.Lookup(text, t => t is EntityType.State or EntityType.Location);
                    context.Add(span.FirstToken, span.EndToken, place?.Type ?? EntityType.Location, place?.Canonical ?? text,
                        MentionOrigin.Statistical, place?.State);
                    break;
                case "ORG":
                    var agency = gazetteer.Lookup(text, t => t == EntityType.Agency);
                    context.Add(span.FirstToken, span.EndToken, EntityType.Agency, agency?.Canonical ?? text,
                        MentionOrigin.Statistical, agency?.State);
                    break;
            }
        }
    }
}
