namespace NewsNlp.Claims;

/// <summary>How the text bounds a quantity.</summary>
public enum ClaimBound
{
    /// <summary>Exactly the value (<c>100 tentara</c>).</summary>
    Exact,
    /// <summary>About the value (<c>sekitar</c>, <c>kira-kira</c>, <c>hampir</c>, <c>ratusan</c>).</summary>
    Approx,
    /// <summary>More than the value (<c>lebih dari</c>, <c>di atas</c>).</summary>
    MoreThan,
    /// <summary>At least the value (<c>sedikitnya</c>, <c>setidaknya</c>, <c>minimal</c>).</summary>
    AtLeast,
    /// <summary>Less than the value (<c>kurang dari</c>, <c>di bawah</c>).</summary>
    LessThan,
    /// <summary>At most the value (<c>maksimal</c>, <c>paling banyak</c>).</summary>
    AtMost,
    /// <summary>A range (<c>antara 10 dan 15</c>, <c>10-15</c>).</summary>
    Range,
}

/// <summary>The spec's spelling of bounds.</summary>
public static class ClaimBoundNames
{
    /// <summary>The SPEC.md name: <c>exact</c>, <c>approx</c>, <c>more_than</c>, <c>at_least</c>, <c>less_than</c>, <c>at_most</c>, <c>range</c>.</summary>
    public static string ToSpecName(this ClaimBound bound) => bound switch
    {
        ClaimBound.Exact => "exact",
        ClaimBound.Approx => "approx",
        ClaimBound.MoreThan => "more_than",
        ClaimBound.AtLeast => "at_least",
        ClaimBound.LessThan => "less_than",
        ClaimBound.AtMost => "at_most",
        ClaimBound.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, null),
    };
}
