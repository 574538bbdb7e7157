using System.Globalization;

namespace NewsNlp.Tests.Quality;

/// <summary>
/// Regression guard on the held-out articles (Golden/articles, see docs/quality.md): the measured figures may
/// not fall below floors set slightly under what was measured when the set was made. Not a target: the
/// SPEC bars are higher. Raise a floor when the pipeline improves; never lower one to make a change pass.
/// </summary>
public class HeldOutArticlesTests
{
    private static readonly Lazy<HeldOutFigures> Figures = new(() => HeldOutScorer.Score(HeldOutScorer.GoldPath));

    [OneTimeSetUp]
    public void PrintFigures()
    {
        var f = Figures.Value;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"claims value {f.ClaimValueF1:0.000} value+bound {f.ClaimValueBoundF1:0.000} value+bound+unit {f.ClaimValueBoundUnitF1:0.000}; " +
            $"entities typed exact {f.EntityExactF1:0.000} overlap {f.EntityOverlapF1:0.000} canonical {f.EntityCanonicalAccuracy:0.000} (agency aliases allowed {f.EntityCanonicalAliasAccuracy:0.000}); " +
            $"dates {f.DateF1:0.000} value {f.DateValueAccuracy:0.000}"));
        TestContext.Out.WriteLine(f.Report);
        // The full error list, for docs/quality.md: bin/.../heldout-report.txt beside the test assembly.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "heldout-report.txt"), f.Report);
    }

    [Test]
    public void TheSetIsWhatDocsQualityDescribes()
    {
        var f = Figures.Value;
        Assert.That((f.Claims.Documents, f.Claims.Gold), Is.EqualTo((9, 106)));
        Assert.That(f.EntityGold + f.DateGold, Is.EqualTo(222));
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

    /// <summary>Measured figure minus a small margin (see docs/quality.md for the measured values).</summary>
    private static class Floors
    {
        public const double ClaimValue = 0.95;           // measured 0.930 at cf0a2d3, 0.942 at 865cf76, 0.981 now
        public const double ClaimValueBound = 0.95;      // measured 0.930, 0.942, 0.981
        public const double ClaimValueBoundUnit = 0.94;  // measured 0.912, 0.923, 0.971
        public const double EntityExact = 0.93;          // measured 0.803, 0.846, 0.957 (entity rules; no longer blind, docs/quality.md)
        public const double EntityOverlap = 0.94;        // measured 0.843, 0.887, 0.968
        public const double EntityCanonical = 0.95;      // measured 0.740, 0.746, 0.919 (agencies by full name), 0.978, 0.961
        public const double EntityCanonicalAlias = 0.95; // measured 0.941, 0.948, 0.960, 0.989, 0.961 (third session: PSSI, sub-bodies by their full names; the gold keeps acronyms the article never spells out)
        public const double Date = 0.94;                 // measured 0.946, 0.946, 0.972
        public const double DateValue = 0.97;            // measured 1.000, 1.000
    }
}
