using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// Until the statistical tagger covers them: a run of capitalized name words that nothing else
/// claimed, inside a sentence (not in a headline; its first word alone only before a speech verb), is a place after a place
/// preposition (<c>di Mojokerto</c>), or a person when something besides its capitals says so: it
/// starts with a common given name (<c>Budi Santoso</c>) or a speech verb follows it
/// (<c>Hartono mengatakan</c>). Capitals alone are weak evidence (<c>virus Ebola</c>,
/// <c>Musyawarah Nasional</c>): such a run is left to the linker, which takes it only when it is
/// part of a person's name seen elsewhere. Words in capitals only (<c>BBM</c>) are left alone.
/// </summary>
internal static class FallbackRule
{
    private static readonly WordSet PlacePrepositions = WordSet.FromData("entities/place-prepositions.txt");

    /// <summary>Runs the rule.</summary>
    public static void Run(TaggingContext context)
    {
        foreach (var sentence in context.Document.Sentences)
        {
            var limit = Math.Min(sentence.EndToken, context.Tokens.Count);
            for (var i = sentence.FirstToken; i < limit; i++)
            {
                if (context.At(i) is not null || IsAllCapitals(context.Span(i))) continue;
                if (NameRun.StartsPhrase(context, i, limit, out var phraseEnd)) { i = phraseEnd - 1; continue; } // Menteri Luar Negeri
                if (i > sentence.FirstToken && (AfterCapitalizedWord(context, i) || RuleData.Default.VetoBefore.Contains(context.Span(i - 1)))) continue;
                var initial = NameFilter.StartsSentence(context, i) ||
                    (i > 0 && context.Span(i - 1) is "-" or "–" or ":" && NameFilter.StartsSentence(context, i - 1));
                var afterPlaceWord = i > sentence.FirstToken && PlacePrepositions.Contains(context.Span(i - 1));
                if (afterPlaceWord && context.InTitleCase(i) && !initial)
                {
                    // Banjir di Demak: in a headline a place preposition is the evidence; the run stops at a word of the language
                    var placeEnd = NameRun.Scan(context, i, limit, inHeadline: true);
                    if (placeEnd > i && context.Tokens[i].Length >= 3)
                        context.Add(i, placeEnd, EntityType.Location, context.Text(i, placeEnd), MentionOrigin.Fallback);
                    i = Math.Max(i, placeEnd - 1);
                    continue;
                }
                var end = NameRun.Scan(context, i, limit);
                if (end == i || (initial && end - i < 2 && !FollowedByPersonVerb(context, end, limit)) || (end - i == 1 && context.Tokens[i].Length < 3))
                {
                    i = Math.Max(i, end - 1); // a capital that only opens the sentence, or a short word
                    continue;
                }
                if (afterPlaceWord)
                    context.Add(i, end, EntityType.Location, context.Text(i, end), MentionOrigin.Fallback);
                else if (IsPersonLike(context, i, end, limit))
                    context.Add(i, end, EntityType.Person, PersonName.Canonical(context, i, end), MentionOrigin.Fallback);
                i = end - 1;
            }
        }
    }

    /// <summary>True when the run <c>[first, end)</c> starts with a given name or a speech verb follows it (after a comma, if any).</summary>
    private static bool IsPersonLike(TaggingContext context, int first, int end, int limit) =>
        RuleData.Default.GivenNames.Contains(context.Span(first)) || FollowedByPersonVerb(context, end, limit);

    /// <summary>True when a speech or opinion verb follows token <paramref name="end"/> - 1, after a comma if any (<c>Tumiran mengungkapkan</c>).</summary>
    private static bool FollowedByPersonVerb(TaggingContext context, int end, int limit)
    {
        var next = end < limit && context.IsChar(end, ',') ? end + 1 : end;
        return next < limit && RuleData.Default.PersonVerbs.Contains(context.Span(next));
    }

    /// <summary>True when the word before is a capitalized word no rule took (the middle of a name or title).</summary>
    private static bool AfterCapitalizedWord(TaggingContext context, int i) =>
        context.At(i - 1) is null && context.Tokens[i - 1].Kind == Tokenization.TokenKind.Word && context.IsCapitalized(i - 1) &&
        !RuleData.Default.Stopwords.Contains(context.Span(i - 1));

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (var c in word)
            if (char.IsLower(c)) return false;
        return true;
    }
}
