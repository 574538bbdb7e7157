using NewsNlp.Entities.Rules;
using NewsNlp.Entities.Statistical;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Tags leaders, people, states, places and agencies, each with its canonical name: suspects' initials
/// held aside, the gazetteer first (states, places, agencies, known leaders, agency descriptions,
/// head-word names), then the statistical tagger for names the gazetteer does not know (less trusted in
/// headlines), then the rules that type and link (sub-bodies, photo credits, datelines, titles make
/// leaders with a role, speech verbs mark people, bracketed acronyms, capitalized words with evidence of
/// a person, candidate pairs split, bare surnames linked to the full name, a region read as the state
/// the document is about). Spans never overlap and never include a title.
/// </summary>
public static class EntityTagger
{
    /// <summary>The named entities of a document (not dates), in order, not overlapping.</summary>
    public static IReadOnlyList<Entity> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = Mentions(document);
        var entities = new Entity[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
            entities[i] = mentions[i].ToEntity(document.Text);
        return entities;
    }

    /// <summary>The mentions behind <see cref="Find"/>, in order, each with the rule that found it (for error analysis).</summary>
    internal static IReadOnlyList<Mention> Mentions(Document document) =>
        document.Tokens.Count == 0 ? [] : Mentions(document, StatisticalNer.Tag(document));

    /// <summary>The mentions of a document whose statistical names are already known (for timing the rules alone).</summary>
    internal static IReadOnlyList<Mention> Mentions(Document document, IReadOnlyList<NameSpan> names)
    {
        if (document.Tokens.Count == 0) return [];
        var context = new TaggingContext(document);
        InitialsRule.Run(context);
        GazetteerPass.Run(context);
        StatisticalSpans.Run(context, names);
        OrganizationTailRule.Run(context);
        SubBodyRule.Run(context);
        CreditRule.Run(context);
        DatelineRule.Run(context);
        AcronymRule.DefineUnknownNames(context);
        TitleRule.Run(context);
        CueRule.Run(context);
        AcronymRule.Run(context);
        FallbackRule.Run(context);
        PairSplitRule.Run(context);
        NameLinker.Run(context);
        RegionLinker.Run(context);
        var mentions = context.Mentions.Where(m => !m.Hidden).OrderBy(m => m.Start).ToArray();
        context.Release();
        return mentions;
    }
}
