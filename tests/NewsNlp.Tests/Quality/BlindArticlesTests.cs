namespace NewsNlp.Tests.Quality;

/// <summary>
/// The blind set (Golden/blind, docs/quality.md "Blind set (third session)"): eight articles whose gold was written
/// and committed before the pipeline ever ran on them, scored exactly as the held-out set. Prints the figures and
/// writes the error list to blind-report.txt beside the test assembly. The floors are the figures first measured
/// minus 0.1: a guard against collapse, not a target. Never tune rules on this set's error list without saying
/// so in docs/quality.md (it then stops being blind), and never edit its gold to agree with the pipeline.
/// </summary>
public class BlindArticlesTests : ArticleSetTests
{
    protected override string GoldPath => HeldOutScorer.BlindGoldPath;

    protected override string Name => "blind";

    protected override (int Documents, int Claims, int Entities, int Dates) Size => (8, 80, 258, 39); // 257 until the fifth session added the epithet Negeri Jiran (docs/quality.md)

    /// <summary>The figure first measured on the blind set minus 0.1 (docs/quality.md gives the figures).</summary>
    protected override SetFloors Floors { get; } = new(
        ClaimValue: 0.87,           // measured 0.974 (76 of 80 gold, 76 predicted), main 498a464
        ClaimValueBound: 0.87,      // measured 0.974
        ClaimValueBoundUnit: 0.83,  // measured 0.936
        EntityExact: 0.76,          // measured 0.863 (223 exact of 257 gold, 260 predicted)
        EntityOverlap: 0.80,        // measured 0.901 (233; P 0.896, R 0.907)
        EntityCanonical: 0.72,      // measured 0.824 (192/233)
        EntityCanonicalAlias: 0.80, // measured 0.906 (211/233)
        Date: 0.87,                 // measured 0.974 (37 of 39, 37 predicted)
        DateValue: 0.84);           // measured 0.946 (35/37)
}
