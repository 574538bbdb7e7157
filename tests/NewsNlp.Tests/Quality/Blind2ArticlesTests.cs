using System.Globalization;

namespace NewsNlp.Tests.Quality;

/// <summary>
/// The second blind set (Golden/blind2, docs/quality.md "Second blind set (third session)"): eight articles whose
/// gold was written and committed before the pipeline ever ran on them, scored exactly as the held-out and the first
/// blind set. Prints the figures (with precision, recall and per-type F1) and writes the error list to
/// blind2-report.txt beside the test assembly. The floors are the figures first measured minus 0.1: a guard against
/// collapse, not a target. Never tune rules on this set's error list without saying so in docs/quality.md (it then
/// stops being blind), and never edit its gold to agree with the pipeline.
/// </summary>
public class Blind2ArticlesTests
{
    private static readonly Lazy<HeldOutFigures> Figures = new(() => HeldOutScorer.Score(HeldOutScorer.Blind2GoldPath));

    [OneTimeSetUp]
    public void PrintFigures()
    {
        var f = Figures.Value;
        var ci = CultureInfo.InvariantCulture;
        TestContext.Out.WriteLine(string.Create(ci,
            $"BLIND2 claims value {f.ClaimValueF1:0.000} value+bound {f.ClaimValueBoundF1:0.000} value+bound+unit {f.ClaimValueBoundUnitF1:0.000}; " +
            $"entities typed exact {f.EntityExactF1:0.000} (P {Ratio(f.EntityExact, f.EntityPredicted):0.000} R {Ratio(f.EntityExact, f.EntityGold):0.000}) " +
            $"overlap {f.EntityOverlapF1:0.000} (P {Ratio(f.EntityOverlap, f.EntityPredicted):0.000} R {Ratio(f.EntityOverlap, f.EntityGold):0.000}) " +
            $"canonical {f.EntityCanonicalAccuracy:0.000} (agency aliases allowed {f.EntityCanonicalAliasAccuracy:0.000}); " +
            $"dates {f.DateF1:0.000} (P {Ratio(f.DateOverlap, f.DatePredicted):0.000} R {Ratio(f.DateOverlap, f.DateGold):0.000}) value {f.DateValueAccuracy:0.000}"));
        TestContext.Out.WriteLine(f.Report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "blind2-report.txt"), f.Report);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    [Test]
    public void TheSetIsWhatDocsQualityDescribes()
    {
        var f = Figures.Value;
        Assert.That((f.Claims.Documents, f.Claims.Gold), Is.EqualTo((8, 92)));
        Assert.That((f.EntityGold, f.DateGold), Is.EqualTo((286, 45)));
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

    /// <summary>The figure first measured on the second blind set minus 0.1 (docs/quality.md gives the figures).</summary>
    private static class Floors
    {
        public const double ClaimValue = 0.84;           // measured 0.943 (83 of 92 gold, 84 predicted), main 7c2d545
        public const double ClaimValueBound = 0.84;      // measured 0.943
        public const double ClaimValueBoundUnit = 0.80;  // measured 0.909
        public const double EntityExact = 0.76;          // measured 0.866 (245 exact of 286 gold, 280 predicted)
        public const double EntityOverlap = 0.80;        // measured 0.901 (255; P 0.911, R 0.892)
        public const double EntityCanonical = 0.79;      // measured 0.898 (229/255)
        public const double EntityCanonicalAlias = 0.83; // measured 0.933 (238/255)
        public const double Date = 0.87;                 // measured 0.978 (44 of 45, 45 predicted)
        public const double DateValue = 0.87;            // measured 0.977 (43/44)
    }
}
