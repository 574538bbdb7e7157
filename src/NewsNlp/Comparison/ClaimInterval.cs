using NewsNlp.Claims;

namespace NewsNlp.Comparison;

/// <summary>
/// The interval a claim allows, as used in the overlap test: <c>low</c>..<c>high</c> with null as
/// an open (infinite) end, widened by the tolerance for <c>approx</c>, with the ends of
/// <c>more_than</c> / <c>less_than</c> excluded.
/// </summary>
internal readonly record struct ClaimInterval(double Low, bool LowExcluded, double High, bool HighExcluded)
{
    /// <summary>The interval of <paramref name="claim"/>; never throws, whatever the numbers.</summary>
    public static ClaimInterval Of(Claim claim, double tolerance)
    {
        var low = Finite(claim.Low);
        var high = Finite(claim.High);
        var value = Finite(claim.Value);
        switch (claim.Bound)
        {
            // Defensive: an extractor that left both ends empty, or closed the open end of a
            // one-sided bound onto its value, still gets the interval its bound means.
            case ClaimBound.Exact or ClaimBound.Approx when low is null && high is null:
                low = high = value;
                break;
            case ClaimBound.MoreThan or ClaimBound.AtLeast:
                low ??= value;
                if (high <= low)
                    high = null;
                break;
            case ClaimBound.LessThan or ClaimBound.AtMost:
                high ??= value;
                if (low >= high)
                    low = null;
                break;
        }

        var lo = low ?? double.NegativeInfinity;
        var hi = high ?? double.PositiveInfinity;
        if (lo > hi)
            (lo, hi) = (hi, lo);
        if (claim.Bound == ClaimBound.Approx)
        {
            var t = double.IsFinite(tolerance) && tolerance > 0 ? tolerance : 0;
            if (double.IsFinite(lo))
                lo -= t * Math.Abs(lo);
            if (double.IsFinite(hi))
                hi += t * Math.Abs(hi);
        }
        return new ClaimInterval(
            lo, claim.Bound == ClaimBound.MoreThan && low is not null,
            hi, claim.Bound == ClaimBound.LessThan && high is not null);
    }

    /// <summary>True when some value lies in both intervals.</summary>
    public bool Overlaps(ClaimInterval other)
    {
        var lo = Math.Max(Low, other.Low);
        var hi = Math.Min(High, other.High);
        if (lo < hi)
            return true;
        return lo == hi && Contains(lo) && other.Contains(lo);
    }

    /// <summary>True when <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(double value) =>
        (Low < value || (Low == value && !LowExcluded)) && (value < High || (value == High && !HighExcluded));

    /// <summary>True when this interval ends further left than <paramref name="other"/> (smaller high end; an excluded end first).</summary>
    public bool EndsBefore(ClaimInterval other) =>
        High < other.High || (High == other.High && HighExcluded && !other.HighExcluded);

    /// <summary>True when this interval starts further right than <paramref name="other"/> (larger low end; an excluded end first).</summary>
    public bool StartsAfter(ClaimInterval other) =>
        Low > other.Low || (Low == other.Low && LowExcluded && !other.LowExcluded);

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
