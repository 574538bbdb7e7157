namespace NewsNlp.Comparison;

/// <summary>
/// Claims that speak of the same quantity: same subject, same counted unit (synonyms grouped),
/// compatible predicate. Immutable.
/// </summary>
/// <param name="Subject">The canonical subject the claims share, or null when none of them names one.</param>
/// <param name="Unit">The counted unit, shown by the first name of its synonym group (<c>tentara</c> for <c>pasukan</c>), or null.</param>
/// <param name="Predicate">The predicate, shown by the first name of its compatibility group (<c>kirim</c> for <c>kerahkan</c>), or null.</param>
/// <param name="Consistent">
/// True when every two claims from different documents have overlapping intervals (see
/// <see cref="ComparisonOptions.ApproxTolerance"/>); a group from a single document is consistent.
/// </param>
/// <param name="Claims">The claims, by document order then text order; never empty.</param>
public sealed record ClaimGroup(
    string? Subject,
    string? Unit,
    string? Predicate,
    bool Consistent,
    IReadOnlyList<ComparedClaim> Claims)
{
    /// <summary>How many different documents the claims come from.</summary>
    public int DocumentCount => Claims.Select(static c => c.DocumentIndex).Distinct().Count();

    /// <summary>True when all the claims come from one document: nothing to compare them with.</summary>
    public bool IsSingleSource => DocumentCount <= 1;
}
