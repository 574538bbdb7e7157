namespace NewsNlp.Entities.Rules;

/// <summary>A run of capitalized words right after a speech verb is a person (<c>kata Budi Santoso</c>).</summary>
internal static class CueRule
{
    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        var cues = RuleData.Default.PersonCues;
        foreach (var sentence in context.Document.Sentences)
        {
            var limit = Math.Min(sentence.EndToken, context.Tokens.Count);
            for (var i = sentence.FirstToken; i + 1 < limit; i++)
            {
                if (context.At(i) is not null || !cues.Contains(context.Span(i))) continue;
                var end = NameRun.Scan(context, i + 1, limit, maxWords: 3);
                if (end == i + 1) continue;
                context.Add(i + 1, end, EntityType.Person, PersonName.Canonical(context, i + 1, end), MentionOrigin.Cue);
                i = end - 1;
            }
        }
    }
}
