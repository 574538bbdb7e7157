using System.Globalization;

namespace NewsNlp.Tests.Quality;

/// <summary>
/// The blind set (Golden/blind, docs/quality.md "Blind set (third session)"): eight articles whose gold was written
/// and committed before the pipeline ever ran on them, scored exactly as the held-out set. Prints the figures and
/// writes the error list to blind-report.txt beside the test assembly. The floors are the figures first measured
/// minus 0.1: a guard against collapse, not a target. Never tune rules on this set's error list without saying
/// so in docs/quality.md (it then stops being blind), and never edit its gold to agree with the pipeline.
/// </summary>
public class BlindArticlesTests
{
    private static readonly Lazy<HeldOutFigures> Figures = new(() => HeldOutScorer.Score(HeldOutScorer.BlindGoldPath));

    [OneTimeSetUp]
    public void PrintFigures()
    {
        var f = Figures.Value;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BLIND claims value {f.ClaimValueF1:0.000} value+bound {f.ClaimValueBoundF1:0.000} value+bound+unit {f.ClaimValueBoundUnitF1:0.000}; " +
            $"entities typed exact {f.EntityExactF1:0.000} overlap {f.EntityOverlapF1:0.000} canonical {f.EntityCanonicalAccuracy:0.000} (agency aliases allowed {f.EntityCanonicalAliasAccuracy:0.000}); " +
            $"dates {f.DateF1:0.000} value {f.DateValueAccuracy:0.000}"));
        TestContext.Out.WriteLine(f.Report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "blind-report.txt"), f.Report);
    }

    [Test]
    public void TheSetIsWhatDocsQualityDescribes()
    {
        var f = Figures.Value;
        Assert.That((f.Claims.Documents, f.Claims.Gold), Is.EqualTo((8, 80)));
        Assert.That((f.EntityGold, f.DateGold), Is.EqualTo((257, 39)));
    }

    [Test]
    public void ClaimsStayAboveTheirFloors()
    {
        var f = Figures.Value;
        Assert.That(f.ClaimValueF1, Is.GreaterThanOrEqualTo(Floors.ClaimValue), "claims value F1");
        Assert.That(f.ClaimValueBoundF1, Is.GreaterThanOrEqualTo(Floors.ClaimValueBound), "claims value+bound F1");
        Assert.That(f.ClaimValueBoundUnitF1, Is.GreaterThanOrEqualTo(Floors.ClaimValueBoundUnit), "claims value+bound+unit F1");
    }

    [Test]
    public void EntitiesStayAboveTheirFloors()
    {
        var f = Figures.Value;
        Assert.That(f.EntityExactF1, Is.GreaterThanOrEqualTo(Floors.EntityExact), "entities typed exact-span F1");
        Assert.That(f.EntityOverlapF1, Is.GreaterThanOrEqualTo(Floors.EntityOverlap), "entities typed overlap F1");
        Assert.That(f.EntityCanonicalAccuracy, Is.GreaterThanOrEqualTo(Floors.EntityCanonical), "canonical accuracy");
        Assert.That(f.EntityCanonicalAliasAccuracy, Is.GreaterThanOrEqualTo(Floors.EntityCanonicalAlias), "canonical accuracy, agency aliases allowed");
    }

    [Test]
    public void DatesStayAboveTheirFloors()
    {
        var f = Figures.Value;
        Assert.That(f.DateF1, Is.GreaterThanOrEqualTo(Floors.Date), "dates overlap F1");
        Assert.That(f.DateValueAccuracy, Is.GreaterThanOrEqualTo(Floors.DateValue), "date ISO value accuracy");
    }

    /// <summary>The figure first measured on the blind set minus 0.1 (docs/quality.md gives the figures).</summary>
    private static class Floors
    {
        public const double ClaimValue = 0.87;           // measured 0.974 (76 of 80 gold, 76 predicted), main 498a464
        public const double ClaimValueBound = 0.87;      // measured 0.974
        public const double ClaimValueBoundUnit = 0.83;  // measured 0.936
        public const double EntityExact = 0.76;          // measured 0.863 (223 exact of 257 gold, 260 predicted)
        public const double EntityOverlap = 0.80;        // measured 0.901 (233; P 0.896, R 0.907)
        public const double EntityCanonical = 0.72;      // measured 0.824 (192/233)
        public const double EntityCanonicalAlias = 0.80; // measured 0.906 (211/233)
        public const double Date = 0.87;                 // measured 0.974 (37 of 39, 37 predicted)
        public const double DateValue = 0.84;            // measured 0.946 (35/37)
    }
}
