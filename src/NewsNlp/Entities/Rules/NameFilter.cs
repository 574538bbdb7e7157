using NewsNlp.Entities.Gazetteer;

using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// Accepts a gazetteer form where the text's case agrees with it (<c>AS</c> the state, not
/// <c>as</c>), where a form that is also a common word is not at a sentence start, and where
/// no veto word (<c>bahasa</c> Inggris) stands before a place.
/// </summary>
internal readonly struct NameFilter(TaggingContext context) : IPhraseFilter<AliasForm>
{
    /// <inheritdoc />
    public bool Accept(AliasForm value, int first, int end)
    {
        if (!CaseAgrees(context, value.Case, first, end)) return false;
        if (value.CommonWord && StartsSentence(context, first)) return false;
        if (value.CommonWord && context.InTitleCase(first) && !AfterPlaceCue(context, first)) return false; // Israel Serang Gaza: a verb
        if (value.Entry.Type is EntityType.State or EntityType.Location && first > 0 &&
            context.SentenceFirst(first) < first && RuleData.Default.VetoBefore.Contains(context.Span(first - 1)))
            return false;
        if (value.Entry.Type == EntityType.Leader && end - first == 1 && !context.InTitleCase(first) &&
            IsOtherNameWord(context, end, first))
            return false; // Kamala Shirin Lakhdhir is not Kamala Harris: a known name's first word opening another name
        return true;
    }

    /// <summary>True when token <paramref name="i"/>, in the sentence of token <paramref name="anchor"/>, is a capitalized word of a name, not of the language.</summary>
    private static bool IsOtherNameWord(TaggingContext context, int i, int anchor) =>
        i >= 0 && i < context.Tokens.Count && context.SentenceFirst(i) == context.SentenceFirst(anchor) &&
        context.Tokens[i].Kind == Tokenization.TokenKind.Word && context.IsCapitalized(i) &&
        !NameRun.IsWordOfTheLanguage(context, i) &&
        !NameRun.StartsPhrase(context, i, Math.Min(context.Tokens.Count, i + 4)) && !EntityGazetteer.Default.Names.TryExact(context.Span(i), out _);

    private static readonly WordSet PlaceCues = WordSet.FromData("entities/place-cues.txt");

    /// <summary>
    /// True when the word before token <paramref name="first"/> says a name follows: a place preposition
    /// (<c>di Padang</c>), a head word (<c>Pemkot Serang</c>) or a unit word (<c>Litbang Kompas</c>). In a
    /// headline every word is capitalized, so a name that is also a common word needs such a cue.
    /// </summary>
    private static bool AfterPlaceCue(TaggingContext context, int first) =>
        first > context.SentenceFirst(first) &&
        (PlaceCues.Contains(context.Span(first - 1)) || RuleData.Default.UnitWords.Contains(context.Span(first - 1)) ||
         RuleData.Default.Heads.TryLongest(context.Document, first - 1, first, out _, out _));

    /// <summary>True when the case of tokens <c>[first, end)</c> agrees with <paramref name="rule"/>.</summary>
    public static bool CaseAgrees(TaggingContext context, CaseRule rule, int first, int end) => rule switch
    {
        CaseRule.Capitals => AllCapitals(context, first, end),
        CaseRule.Capitalized => context.IsCapitalized(first),
        _ => true,
    };

    /// <summary>True when case agrees for a part of a token.</summary>
    public static bool CaseAgrees(CaseRule rule, ReadOnlySpan<char> part) => rule switch
    {
        CaseRule.Capitals => !HasLower(part),
        CaseRule.Capitalized => part.Length > 0 && char.IsUpper(part[0]),
        _ => true,
    };

    /// <summary>True when token <paramref name="i"/> opens its sentence (after any opening quotes or brackets).</summary>
    public static bool StartsSentence(TaggingContext context, int i)
    {
        var first = context.SentenceFirst(i);
        // At most a few opening quotes and brackets come before a sentence's first word; the bound
        // also keeps this linear on a sentence of nothing but punctuation.
        if (i - first > 8) return false;
        for (var k = first; k < i; k++)
        {
            var span = context.Span(k);
            if (span.Length != 1 || char.IsLetterOrDigit(span[0]) || !(char.IsPunctuation(span[0]) || char.IsSymbol(span[0])))
                return false;
        }
        return true;
    }

    private static bool AllCapitals(TaggingContext context, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (HasLower(context.Span(i))) return false;
        return true;
    }

    private static bool HasLower(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (char.IsLower(c)) return true;
        return false;
    }
}
