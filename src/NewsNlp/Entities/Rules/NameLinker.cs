using NewsNlp.Text;
using NewsNlp.Entities.Gazetteer;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// Links the mentions of one person in a document: a bare first, middle or last name (<c>Putin</c>,
/// <c>Kim</c>, <c>Amran</c> after <c>Andi Amran Sulaiman</c>) takes the full name seen in the document, spelling variants unify through the
/// gazetteer, and a person once named with an office stays a Leader everywhere.
/// </summary>
internal static class NameLinker
{

    /// <summary>
    /// A single word the statistical tagger took for a place or a body, which is the first or last word of a
    /// person's full name in the document, is that person (<c>ujar Amalia di Jakarta</c> after
    /// <c>Amalia Adininggar Widyasanti</c>).
    /// </summary>
    private static void RetypeNameParts(TaggingContext context)
    {
        HashSet<string>? parts = null;
        foreach (var mention in context.Mentions)
        {
            if (mention is not { Origin: MentionOrigin.Statistical, Type: EntityType.Location or EntityType.Agency } ||
                mention.EndToken - mention.FirstToken != 1)
                continue;
            parts ??= PartsOfFullNames(context);
            var word = context.Span(mention.FirstToken).ToString();
            if (!parts.Contains(word)) continue;
            mention.Type = EntityType.Person;
            mention.Canonical = word;
            mention.State = null;
        }
    }

    private static HashSet<string> PartsOfFullNames(TaggingContext context)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in context.Mentions)
        {
            if (person.Type is not (EntityType.Leader or EntityType.Person) || person.EndToken - person.FirstToken < 2) continue;
            parts.Add(context.Span(person.FirstToken).ToString());
            parts.Add(context.Span(person.EndToken - 1).ToString());
        }
        return parts;
    }

    /// <summary>Runs the linker.</summary>
    public static void Run(TaggingContext context)
    {
        var gazetteer = EntityGazetteer.Default;
        RetypeNameParts(context);
        var people = context.Mentions.Where(m => m.Type is EntityType.Leader or EntityType.Person).OrderBy(m => m.Start).ToList();
        foreach (var person in people)
        {
            var known = gazetteer.Lookup(person.Canonical, t => t == EntityType.Leader);
            if (known is null) continue;
            person.Canonical = known.Canonical;
            person.Type = EntityType.Leader;
        }

        var byPart = new Dictionary<string, Mention>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            var words = person.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            byPart.TryAdd(words[0], person);
            byPart.TryAdd(words[^1], person);
        }
        // After a leading title or a very common first name the middle name is a short form too (Amran for Andi Amran
        // Sulaiman), added after every first and last name so that it never shadows one; initials are no names.
        foreach (var person in people)
        {
            var words = person.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3 || !RuleData.Default.LeadingTitles.Contains(words[0])) continue;
            for (var w = 1; w < words.Length - 1; w++)
                if (words[w].Length >= 3 && char.IsUpper(words[w][0]) && !words[w].EndsWith('.'))
                    byPart.TryAdd(words[w], person);
        }

        var leaders = new HashSet<string>(people.Where(p => p.Type == EntityType.Leader).Select(p => p.Canonical), StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (!person.Canonical.Contains(' ') && byPart.TryGetValue(person.Canonical, out var full))
            {
                person.Canonical = full.Canonical;
                if (full.Type == EntityType.Leader) person.Type = EntityType.Leader;
            }
            if (leaders.Contains(person.Canonical)) person.Type = EntityType.Leader;
        }

        if (byPart.Count == 0) return;
        var lookup = byPart.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (!NameRun.IsNameWord(context, i) || !lookup.TryGetValue(context.Span(i), out var source)) continue;
            if (i + 1 < context.Tokens.Count && NameRun.IsNameWord(context, i + 1)) continue; // part of another name
            if (i == context.SentenceFirst(i) && !context.InTitleCase(i) && NameRun.IsWordOfTheLanguage(context, i)) continue; // Salah satunya: a word, capitalized as the sentence opens
            context.Add(i, i + 1, leaders.Contains(source.Canonical) ? EntityType.Leader : source.Type, source.Canonical, MentionOrigin.Link);
        }
    }
}
