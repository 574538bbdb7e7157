namespace NewsNlp.Claims;

/// <summary>Finds the bound word of a quantity: before it (<c>lebih dari 10.000</c>) or right after (<c>10.000 lebih</c>).</summary>
internal static class BoundReader
{
    /// <summary>The bound and the token where the claim starts; <paramref name="afterEnd"/> is past a bound word after the quantity.</summary>
    public static ClaimBound Read(ClaimContext c, Quantity q, int sentenceFirst, int sentenceEnd, out int firstToken, out int afterEnd)
    {
        firstToken = q.First;
        afterEnd = q.End;
        foreach (var phrase in c.Lex.Bounds)
        {
            var (bound, place) = phrase.Meaning;
            if (place == BoundPlace.Before && c.Matches(phrase.Words, q.First - phrase.Words.Length, sentenceFirst, q.First))
            {
                // "hingga"/"sampai" after another number is a range word, not "up to" ("dari 5 hingga 7" is read as a range already).
                firstToken = q.First - phrase.Words.Length;
                return bound;
            }
        }
        foreach (var phrase in c.Lex.Bounds)
        {
            var (bound, place) = phrase.Meaning;
            if (place == BoundPlace.After && q.Kind != Numbers.NumberKind.Range && c.Matches(phrase.Words, q.End, q.End, sentenceEnd)
                && !c.Is(q.End + phrase.Words.Length, "dari") && !c.Is(q.End + phrase.Words.Length, "daripada"))
            {
                afterEnd = q.End + phrase.Words.Length;
                return bound;
            }
        }
        return ClaimBound.Exact;
    }
}
