using System.Globalization;

namespace NewsNlp.Tests.Quality;

/// <summary>
/// Scores one set of articles with hand-made gold (<see cref="HeldOutScorer"/>), prints the figures, writes the
/// error list to <c>&lt;name&gt;-report.txt</c> beside the test assembly, checks that the set is the one
/// docs/quality.md describes, and holds each figure above its floor. Each set says which gold it reads, its size
/// and its floors.
/// </summary>
public abstract class ArticleSetTests
{
    private readonly Lazy<HeldOutFigures> _figures;

    protected ArticleSetTests() => _figures = new(() => HeldOutScorer.Score(GoldPath));

    /// <summary>The set's gold.jsonl.</summary>
    protected abstract string GoldPath { get; }

    /// <summary>The set's short name, for the printed line and the report file.</summary>
    protected abstract string Name { get; }

    /// <summary>Documents, gold claims, gold name entities and gold dates, as docs/quality.md gives them.</summary>
    protected abstract (int Documents, int Claims, int Entities, int Dates) Size { get; }

    /// <summary>The floors no figure may fall below.</summary>
    protected abstract SetFloors Floors { get; }

    /// <summary>The floor of each figure (docs/quality.md gives the figures measured).</summary>
    public sealed record SetFloors(
        double ClaimValue, double ClaimValueBound, double ClaimValueBoundUnit,
        double EntityExact, double EntityOverlap, double EntityCanonical, double EntityCanonicalAlias,
        double Date, double DateValue);

    [OneTimeSetUp]
    public void PrintFigures()
    {
        var f = _figures.Value;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: claims value {f.ClaimValueF1:0.000} value+bound {f.ClaimValueBoundF1:0.000} value+bound+unit {f.ClaimValueBoundUnitF1:0.000}; " +
            $"entities typed exact {f.EntityExactF1:0.000} (P {Ratio(f.EntityExact, f.EntityPredicted):0.000} R {Ratio(f.EntityExact, f.EntityGold):0.000}) " +
            $"overlap {f.EntityOverlapF1:0.000} (P {Ratio(f.EntityOverlap, f.EntityPredicted):0.000} R {Ratio(f.EntityOverlap, f.EntityGold):0.000}) " +
            $"canonical {f.EntityCanonicalAccuracy:0.000} (agency aliases allowed {f.EntityCanonicalAliasAccuracy:0.000}); " +
            $"dates {f.DateF1:0.000} (P {Ratio(f.DateOverlap, f.DatePredicted):0.000} R {Ratio(f.DateOverlap, f.DateGold):0.000}) value {f.DateValueAccuracy:0.000}"));
        TestContext.Out.WriteLine(f.Report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"{Name}-report.txt"), f.Report);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    [Test]
    public void TheSetIsWhatDocsQualityDescribes()
    {
        var f = _figures.Value;
        Assert.That((f.Claims.Documents, f.Claims.Gold), Is.EqualTo((Size.Documents, Size.Claims)));
        Assert.That((f.EntityGold, f.DateGold), Is.EqualTo((Size.Entities, Size.Dates)));
    }

    [Test]
    public void ClaimsStayAboveTheirFloors()
    {
        var f = _figures.Value;
        Assert.That(f.ClaimValueF1, Is.GreaterThanOrEqualTo(Floors.ClaimValue), "claims value F1");
        Assert.That(f.ClaimValueBoundF1, Is.GreaterThanOrEqualTo(Floors.ClaimValueBound), "claims value+bound F1");
        Assert.That(f.ClaimValueBoundUnitF1, Is.GreaterThanOrEqualTo(Floors.ClaimValueBoundUnit), "claims value+bound+unit F1");
    }

    [Test]
    public void EntitiesStayAboveTheirFloors()
    {
        var f = _figures.Value;
        Assert.That(f.EntityExactF1, Is.GreaterThanOrEqualTo(Floors.EntityExact), "entities typed exact-span F1");
        Assert.That(f.EntityOverlapF1, Is.GreaterThanOrEqualTo(Floors.EntityOverlap), "entities typed overlap F1");
        Assert.That(f.EntityCanonicalAccuracy, Is.GreaterThanOrEqualTo(Floors.EntityCanonical), "canonical accuracy");
        Assert.That(f.EntityCanonicalAliasAccuracy, Is.GreaterThanOrEqualTo(Floors.EntityCanonicalAlias), "canonical accuracy, agency aliases allowed");
    }

    [Test]
    public void DatesStayAboveTheirFloors()
    {
        var f = _figures.Value;
        Assert.That(f.DateF1, Is.GreaterThanOrEqualTo(Floors.Date), "dates overlap F1");
        Assert.That(f.DateValueAccuracy, Is.GreaterThanOrEqualTo(Floors.DateValue), "date ISO value accuracy");
    }
}
