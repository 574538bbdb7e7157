namespace NewsNlp.Comparison;

/// <summary>How <see cref="ClaimComparer"/> groups and judges claims. Immutable; <see cref="Default"/> is the documented behaviour.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Tolerance 10%, claims without a subject matched to the one subject other claims give, vague claims kept alone.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// The relative tolerance given to <c>approx</c> claims in the overlap test: "sekitar 11.000"
    /// counts as [11.000 × (1 − t), 11.000 × (1 + t)]. Default 0.10 (±10%). Other bounds get none:
    /// an exact number, a range or a one-sided bound is taken as the text states it, and the
    /// strict bounds (<c>more_than</c>, <c>less_than</c>) exclude their end. Negative or non-finite
    /// values count as 0.
    /// </summary>
    public double ApproxTolerance { get; init; } = 0.10;

    /// <summary>
    /// When true (default), claims without a subject join the group of the same unit and predicate
    /// when exactly one subject is named for that unit and predicate across the documents; when no
    /// subject or several are, they stay in a group of their own with a null subject. When false,
    /// a claim without a subject is only ever grouped with other claims without one.
    /// </summary>
    public bool MatchMissingSubject { get; init; } = true;

    /// <summary>
    /// When false (default), a claim that names neither a subject nor a predicate ("5 orang" with
    /// nothing else known) forms a group of its own: matched on its unit alone it would be grouped
    /// with unrelated counts. When true, such claims are grouped by unit like any other.
    /// </summary>
    public bool GroupVagueClaims { get; init; }
}
