using NewsNlp.Tokenization;

namespace NewsNlp.Text;

/// <summary>
/// Tells a headline from running text: at least three words, and every word of four letters or more capitalized
/// except the function words headlines leave in lower case (<c>dari</c>, <c>untuk</c>, <c>yang</c>: data file
/// <c>entities/name-stopwords.txt</c>), after a short label ending in a colon if there is one (<c>Baca juga:</c>).
/// In a headline every word is capitalized, so capitals there are weak evidence of a name, and verbs come bare
/// (<c>Polisi Sita 2 Kg Sabu dari Rumah Kontrakan</c>). One definition for the entity rules and the claim extractor.
/// </summary>
internal static class Headline
{
    private static readonly Lazy<WordSet> LazyFunctionWords = new(() => WordSet.FromData("entities/name-stopwords.txt"));

    /// <summary>The words a headline may leave in lower case, which also never continue a name (data file <c>entities/name-stopwords.txt</c>).</summary>
    public static WordSet FunctionWords => LazyFunctionWords.Value;

    /// <summary>True when <paramref name="sentence"/> of <paramref name="document"/> is a headline.</summary>
    public static bool Is(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = Math.Min(sentence.EndToken, tokens.Count);
        var start = sentence.FirstToken;
        for (var k = start; k < end && k < sentence.FirstToken + 4; k++)
            if (document.GetSpan(tokens[k]) is [':']) { start = k + 1; break; }
        var capitalized = 0;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var span = document.GetSpan(tokens[i]);
            if (char.IsUpper(span[0])) { capitalized++; continue; }
            if (span.Length >= 4 && !FunctionWords.Contains(span)) return false;
        }
        return capitalized >= 3;
    }
}
