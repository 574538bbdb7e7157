using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// A name that ends in a word marking an organization (<c>Bali United</c>, <c>Phintraco Sekuritas</c>: data file
/// <c>entities/organization-tails.txt</c>) is one Agency: the capitalized words before the tail, taken whole with any
/// mention among them (the place in <c>Bali United</c>, the person the tagger read in <c>Phintraco Sekuritas</c>). In a
/// headline only names and words that are no words of the language open it (<c>Persib Tekuk | Bali United</c>).
/// </summary>
internal static class OrganizationTailRule
{
    private const int MaxWords = 3;

    private static readonly WordSet Tails = WordSet.FromData("entities/organization-tails.txt");

    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        for (var tail = 1; tail < context.Tokens.Count; tail++)
        {
            if (!context.IsCapitalized(tail) || !Tails.Contains(context.Span(tail)) || context.At(tail) is { Type: EntityType.Agency }) continue;
            var sentenceFirst = context.SentenceFirst(tail);
            var first = tail;
            while (first - 1 >= sentenceFirst && tail - (first - 1) <= MaxWords && Opens(context, first - 1, tail))
                first = context.At(first - 1) is { } m ? Math.Min(first - 1, m.FirstToken) : first - 1;
            if (first == tail || first < sentenceFirst) continue;
            var end = context.At(tail) is { } own ? Math.Max(tail + 1, own.EndToken) : tail + 1;
            if (TakeWhole(context, first, end)) tail = end - 1;
        }
    }

    /// <summary>
    /// Makes tokens <paramref name="first"/> to <paramref name="end"/> one Agency in place of the mentions among them, unless
    /// a mention runs past them. (Its own method: a lambda capturing the loop's locals in <see cref="Run"/> allocated a
    /// closure at every token.)
    /// </summary>
    private static bool TakeWhole(TaggingContext context, int first, int end)
    {
        var inside = context.Mentions.Where(m => m.FirstToken < end && m.EndToken > first).ToArray();
        if (inside.Any(m => m.FirstToken < first || m.EndToken > end)) return false; // a mention running past the name: leave it
        foreach (var m in inside) context.Remove(m);
        context.Add(first, end, EntityType.Agency, context.Text(first, end), MentionOrigin.Head);
        return true;
    }

    /// <summary>True when token <paramref name="i"/> can be a word of the organization's name ending at <paramref name="tail"/>.</summary>
    private static bool Opens(TaggingContext context, int i, int tail)
    {
        if (!context.IsCapitalized(i) || RuleData.Default.Stopwords.Contains(context.Span(i)) ||
            RuleData.Default.Titles.TryLongest(context.Document, i, tail, out _, out _)) return false; // Analis | Phintraco Sekuritas
        if (context.At(i) is { } m) return m.Type is not (EntityType.Date or EntityType.Leader) && m.EndToken <= tail + 1 && (m.EndToken >= tail || !context.InTitleCase(i));
        if (context.IsSentenceStart(i) || context.InTitleCase(i)) return !NameRun.IsWordOfTheLanguage(context, i) && !(i + 1 < tail && context.InTitleCase(i));
        return true;
    }
}
