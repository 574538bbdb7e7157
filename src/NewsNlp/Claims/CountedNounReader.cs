namespace NewsNlp.Claims;

/// <summary>What a quantity counts: its unit, and where the claim's text ends.</summary>
/// <param name="Unit">The counted noun's base form, or the measure unit, or null.</param>
/// <param name="EndToken">Token just past the claim's text.</param>
/// <param name="NounToken">The token of the counted noun (or of the classifier standing alone), or -1.</param>
/// <param name="NounFirstToken">For a noun before the number (<c>jumlah tentara ... 1.000 orang</c>), that noun's token, else -1.</param>
internal readonly record struct CountedNoun(string? Unit, int EndToken, int NounToken, int NounFirstToken);

/// <summary>
/// Reads the counted noun. Rules: a measure unit from the number wins (<c>5 persen</c> → percent);
/// a classifier followed by a noun counts that noun (<c>5 orang warga</c> → warga, <c>3 unit kendaraan</c> → kendaraan);
/// a classifier alone counts itself (<c>5 orang</c> → orang) unless a counting noun before the number names
/// what is counted (<c>jumlah tentara yang terluka ... 1.000 orang</c> → tentara); otherwise the noun right
/// after the number (<c>10.000 tentaranya</c> → tentara). Clitics are taken off.
/// </summary>
internal static class CountedNounReader
{
    public static CountedNoun Read(ClaimContext c, Quantity q, int claimFirst, int afterEnd, int sentenceFirst, int sentenceEnd)
    {
        if (q.Unit is not null) return new CountedNoun(q.Unit, afterEnd, -1, -1);
        if (q.First - 1 >= sentenceFirst && c.IsWord(q.First - 1) && c.Lex.PreNumberUnits.TryGetValue(c.Lower(q.First - 1), out var before))
            return new CountedNoun(before, afterEnd, -1, -1);
        var i = afterEnd;
        string? unit = null;
        var end = afterEnd;
        var nounToken = -1;
        var classifierOnly = false;
        if (i < sentenceEnd && c.IsWord(i) && c.Lex.Classifiers.Contains(c.Lower(i)))
        {
            if (i + 1 < sentenceEnd && WordClass.IsNoun(c, i + 1) && !c.Lex.Classifiers.Contains(c.Lower(i + 1)))
            {
                unit = c.BaseNoun(i + 1);
                end = i + 2;
                nounToken = i + 1;
            }
            else
            {
                unit = c.Lower(i);
                end = i + 1;
                nounToken = i;
                classifierOnly = true;
            }
        }
        else if (i < sentenceEnd && WordClass.IsNoun(c, i))
        {
            unit = c.BaseNoun(i);
            end = i + 1;
            nounToken = i;
        }

        var nounFirst = -1;
        if (unit is null || classifierOnly)
        {
            nounFirst = NounBefore(c, claimFirst, sentenceFirst);
            if (nounFirst >= 0) unit = c.BaseNoun(nounFirst);
        }
        return new CountedNoun(unit, end, nounToken, nounFirst);
    }

    /// <summary>The first noun of the words right before token <paramref name="i"/> back to a verb, entity or clause boundary, or -1.</summary>
    private static int HeadBefore(ClaimContext c, int i, int sentenceFirst)
    {
        var head = -1;
        for (var j = i - 1; j >= sentenceFirst && c.IsWord(j) && c.EntityAt(j) is null && !c.Lex.ClauseBoundaries.Contains(c.Lower(j)) && !WordClass.IsVerb(c, j); j--)
            if (WordClass.IsNoun(c, j)) head = j;
        return head;
    }

    /// <summary>The noun after a counting noun (<c>jumlah tentara</c>) in the clause before the number, or -1.</summary>
    private static int NounBefore(ClaimContext c, int claimFirst, int sentenceFirst)
    {
        if (c.Is(claimFirst - 1, "sebanyak") && HeadBefore(c, claimFirst - 1, sentenceFirst) is >= 0 and var head)
            return head; // suara tidak sah sebanyak 6.317, tiket sebanyak 28.000 lembar: the noun phrase before sebanyak is counted
        for (var i = claimFirst - 1; i >= sentenceFirst; i--)
        {
            if (c.IsClausePunct(i) || c.IsWord(i) && c.Lex.ClauseBoundaries.Contains(c.Lower(i))) return -1;
            if (c.IsWord(i) && c.Lex.CountingNouns.Contains(c.Lower(i)))
            {
                var n = i + 1;
                if (c.Is(n, "para")) n++;
                return n < claimFirst && WordClass.IsNoun(c, n) ? n : -1;
            }
        }
        return -1;
    }
}
