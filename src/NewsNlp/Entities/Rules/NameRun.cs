using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// Finds a run of capitalized name words (<c>Sergei Lavrov</c>, <c>Mohammed bin Salman</c>,
/// <c>B.J. Habibie</c>) at a token: free tokens of one sentence, at most <see cref="MaxWords"/>
/// words, stopping before stopwords, titles and punctuation.
/// </summary>
internal static class NameRun
{
    /// <summary>The most words a name run takes.</summary>
    public const int MaxWords = 4;

    private static readonly WordSet Particles = WordSet.FromData("entities/name-particles.txt");

    /// <summary>
    /// The end of the run starting at <paramref name="first"/> (== first when none). In a headline every word
    /// is capitalized, so there is no run unless <paramref name="inHeadline"/> says the caller has other
    /// evidence (a title before it); then the run stops at the first word of the language (<c>Menlu Sugiono | Bertemu</c>).
    /// </summary>
    public static int Scan(TaggingContext context, int first, int limit, int maxWords = MaxWords, bool inHeadline = false)
    {
        var end = first;
        if (first >= limit) return end;
        var headline = context.InTitleCase(first);
        if (headline && !inHeadline) return end;
        var words = 0;
        var i = first;
        while (i < limit && words < maxWords && context.At(i) is null)
        {
            if (headline && NameRun.IsWordOfTheLanguage(context, i)) break;
            if (IsNameWord(context, i) && (words > 0 || IsTitleOfBirth(context, i) || (!NameRun.IsWordOfTheLanguage(context, i) && !StartsPhrase(context, i, limit))))
            {
                words++;
                i++;
                end = i;
                if (i < limit && context.IsChar(i, '.') && context.Span(i - 1).Length == 1)
                    i++; // an initial: "M." before a capitalized word
                continue;
            }
            if (words > 0 && Particles.Contains(context.Span(i)) && i + 1 < limit && IsNameWord(context, i + 1))
            {
                i++;
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>True when a title, portfolio or head phrase starts at token <paramref name="i"/> (<c>Wakil Ketua</c>, <c>Hukum</c>, <c>Kota</c>).</summary>
    public static bool StartsPhrase(TaggingContext context, int i, int limit) => StartsPhrase(context, i, limit, out _);

    /// <summary>True when a title, portfolio or head phrase starts at token <paramref name="i"/>; <paramref name="end"/> is where the longest ends.</summary>
    public static bool StartsPhrase(TaggingContext context, int i, int limit, out int end)
    {
        var data = RuleData.Default;
        var document = context.Document;
        end = i;
        if (data.Titles.TryLongest(document, i, limit, out _, out var e)) end = Math.Max(end, e);
        if (data.Portfolios.TryLongest(document, i, limit, out _, out e)) end = Math.Max(end, e);
        if (data.Heads.TryLongest(document, i, limit, out _, out e)) end = Math.Max(end, e);
        return end > i;
    }

    /// <summary>True when token <paramref name="i"/> is an ordinary word in any case (<c>Klaim</c>).</summary>
    public static bool IsOrdinary(TaggingContext context, int i) => RuleData.Default.Ordinary.Contains(context.Span(i));

    /// <summary>
    /// True when token <paramref name="i"/> is a word of the language, not a name: an ordinary word, or a word
    /// that reduces to a known root (<c>Lonjakan</c>, <c>Kementerian</c>); a common given name never is.
    /// </summary>
    public static bool IsWordOfTheLanguage(TaggingContext context, int i) =>
        !RuleData.Default.GivenNames.Contains(context.Span(i)) &&
        (IsOrdinary(context, i) || (context.Tokens[i].Kind == Tokenization.TokenKind.Word && Morphology.Stemmer.IsKnown(context.Span(i).ToString())));

    /// <summary>True when token <paramref name="i"/> can be a word of a name.</summary>
    public static bool IsNameWord(TaggingContext context, int i)
    {
        if (context.At(i) is not null) return false;
        var token = context.Tokens[i];
        if (token.Kind is not (Tokenization.TokenKind.Word or Tokenization.TokenKind.Abbreviation)) return false;
        var span = context.Span(i);
        if (span.Length == 0 || !char.IsUpper(span[0])) return false;
        if (span.Length == 1 && !(i + 1 < context.Tokens.Count && context.IsChar(i + 1, '.'))) return false; // a lone letter, not an initial
        if (span.IndexOfAnyInRange('0', '9') >= 0) return false;
        if (RuleData.Default.Stopwords.Contains(span)) return IsTitleOfBirth(context, i);
        return !RuleData.Default.Titles.TryLongest(context.Document, i, i + 1, out _, out _);
    }

    /// <summary>
    /// True when a thing head (<see cref="RuleData.ThingHeads"/>) is among the capitalized words from <paramref name="start"/> back,
    /// four at most, none before <paramref name="sentenceFirst"/> (<c>Survei Status | Gizi Indonesia</c>: a survey's name, not a body's).
    /// </summary>
    public static bool ThingHeadAtOrBefore(TaggingContext context, int start, int sentenceFirst)
    {
        for (var k = start; k >= sentenceFirst && start - k <= 3 && context.IsCapitalized(k); k--)
            if (RuleData.Default.ThingHeads.Contains(context.Span(k))) return true;
        return false;
    }

    /// <summary>
    /// A leading title of a name that is also a word of the language (the Sasak <c>Lalu</c>: <c>Kepala Kantor SAR Mataram
    /// Lalu Wahyu Hidayat</c>), capitalized inside a sentence of running text and followed by a name word: the name's
    /// first word. At a sentence's start or in a headline it stays the word (<c>Lalu Menteri ...</c>).
    /// </summary>
    public static bool IsTitleOfBirth(TaggingContext context, int i)
    {
        var span = context.Span(i);
        if (!RuleData.Default.LeadingTitles.Contains(span) || !char.IsUpper(span[0]) || i == context.SentenceFirst(i) || context.InTitleCase(i)) return false;
        var next = i + 1;
        if (next >= context.Tokens.Count || context.At(next) is not null || context.Tokens[next].Kind != Tokenization.TokenKind.Word) return false;
        var word = context.Span(next);
        return word.Length > 1 && char.IsUpper(word[0]) && !RuleData.Default.Stopwords.Contains(word) && !NameRun.IsWordOfTheLanguage(context, next);
    }
}
