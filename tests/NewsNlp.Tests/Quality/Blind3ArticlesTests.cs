namespace NewsNlp.Tests.Quality;

/// <summary>
/// The third blind set (Golden/blind3, docs/quality.md "Third blind set (fourth session)"): eight articles whose gold
/// was written and committed before the pipeline ever ran on them, scored exactly as the held-out and the two earlier
/// blind sets. Prints the figures and writes the error list to blind3-report.txt beside the test assembly. The floors
/// are the figures first measured minus 0.1: a guard against collapse, not a target. Rules written from this set's
/// error list are named in docs/quality.md (the set is then in-sample); its gold is never edited to agree with the
/// pipeline.
/// </summary>
public class Blind3ArticlesTests : ArticleSetTests
{
    protected override string GoldPath => HeldOutScorer.Blind3GoldPath;

    protected override string Name => "blind3";

    protected override (int Documents, int Claims, int Entities, int Dates) Size => (8, 160, 234, 42);

    /// <summary>The figure first measured on the third blind set minus 0.1 (docs/quality.md gives the figures).</summary>
    protected override SetFloors Floors { get; } = new(
        ClaimValue: 0.83,           // measured 0.935 (143 of 160 gold, 146 predicted), main 64f283e
        ClaimValueBound: 0.83,      // measured 0.935
        ClaimValueBoundUnit: 0.78,  // measured 0.882
        EntityExact: 0.74,          // measured 0.847 (200 exact of 234 gold, 238 predicted)
        EntityOverlap: 0.80,        // measured 0.903 (213; P 0.895, R 0.910)
        EntityCanonical: 0.80,      // measured 0.906 (193/213)
        EntityCanonicalAlias: 0.81, // measured 0.911 (194/213)
        Date: 0.88,                 // measured 0.988 (42 of 42, 43 predicted)
        DateValue: 0.90);           // measured 1.000 (42/42)
}
