using NewsNlp.Numbers;

namespace NewsNlp.Claims;

/// <summary>A number expression grown to the whole quantity: range, multiplier, currency and unit.</summary>
internal record struct Quantity(int First, int End, double Value, double Low, double High, NumberKind Kind, string? Unit);

/// <summary>
/// Turns the number parser's matches into quantities. It takes the parser's value, kind and unit as they are,
/// and adds only what the parser left outside its match: a multiplier word (<c>11 ribu</c>), a currency mark
/// before (<c>Rp</c>) or a measure word after (<c>persen</c>, <c>km</c>, <c>tahun</c>), and two numbers joined
/// by a range word (<c>10 hingga 15</c>, <c>antara 10 dan 15</c>).
/// </summary>
internal static class QuantityReader
{
    /// <summary>The quantity starting at <paramref name="matches"/>[<paramref name="k"/>]; advances <paramref name="k"/> past a match it merged.</summary>
    public static Quantity Read(ClaimContext c, IReadOnlyList<NumberMatch> matches, ref int k, int sentenceFirst, int sentenceEnd)
    {
        var m = matches[k];
        var q = Grow(c, new Quantity(m.FirstToken, m.EndToken, m.Value, m.Low, m.High, m.Kind, m.Unit), sentenceFirst, sentenceEnd);
        if (q.Kind == NumberKind.Range)
        {
            if (c.Is(q.First - 1, "antara")) q.First--;
            return q;
        }
        if (q.Kind is NumberKind.Cardinal && k + 1 < matches.Count && matches[k + 1].Kind == NumberKind.Cardinal)
        {
            var next = matches[k + 1];
            var joined = c.IsRangeWord(q.End, next.FirstToken, sentenceEnd);
            if (joined || (c.Is(q.First - 1, "antara") && next.FirstToken == q.End + 1 && c.Is(q.End, "dan")))
            {
                var high = Grow(c, new Quantity(next.FirstToken, next.EndToken, next.Value, next.Low, next.High, next.Kind, next.Unit), sentenceFirst, sentenceEnd);
                var low = q.Value;
                // "1 hingga 2 juta": the low end takes the high end's multiplier when it has none of its own.
                if (high.Value > 0 && low > 0 && low < high.Value / 1000 && next.Value != high.Value)
                    low *= high.Value / next.Value;
                if (low < high.Value && (q.Unit is null || q.Unit == high.Unit))
                {
                    k++;
                    var first = c.Is(q.First - 1, "antara") ? q.First - 1 : q.First;
                    return new Quantity(first, high.End, low, low, high.High, NumberKind.Range, high.Unit ?? q.Unit);
                }
            }
        }
        return q;
    }

    private static Quantity Grow(ClaimContext c, Quantity q, int sentenceFirst, int sentenceEnd)
    {
        if (q.Kind is NumberKind.Cardinal or NumberKind.Approximate && q.End < sentenceEnd && c.IsWord(q.End)
            && c.Lex.Multipliers.TryGetValue(c.Lower(q.End), out var factor))
        {
            q = q with { End = q.End + 1, Value = q.Value * factor, Low = q.Low * factor, High = q.High * factor };
        }
        if (q.Unit is null && q.First - 1 >= sentenceFirst && c.Lex.Currencies.TryGetValue(c.Lower(q.First - 1), out var currency))
        {
            q = q with { First = q.First - 1, Unit = currency };
            if (c.Is(q.First, "$") && c.Is(q.First - 1, "US") && c.Tok(q.First - 1).End == c.Tok(q.First).Start && q.First - 1 >= sentenceFirst)
                q = q with { First = q.First - 1 };
        }
        else if (q.Unit is null && q.End < sentenceEnd && c.Lex.Units.TryGetValue(c.Lower(q.End), out var unit))
        {
            q = q with { End = q.End + 1, Unit = unit };
            if (unit == "USD" && (c.Is(q.End, "AS") || c.Is(q.End, "Amerika"))) q = q with { End = q.End + 1 };
        }
        else if (q.Unit is "IDR" or "USD" && q.End < sentenceEnd && c.Lex.Units.TryGetValue(c.Lower(q.End), out var spelled) && spelled == q.Unit)
            q = q with { End = q.End + 1 };
        return q;
    }
}
