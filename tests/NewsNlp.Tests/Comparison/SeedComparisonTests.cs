using System.Globalization;
using NewsNlp.Comparison;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Comparison;

/// <summary>The bar of issue 10 on the two seed reports, end to end through the pipeline.</summary>
public class SeedComparisonTests
{
    [Test]
    [Explicit("needs the claim extractor; see issue 5")]
    public void SeedReportsAgreeOnTroopsSentAndReportCasualtiesAlone()
    {
        var seeds = SharedData.Require("seeds");
        var documents = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var date = ArticleDate(Path.GetFileNameWithoutExtension(path));
            var result = NewsPipeline.Default.Extract(File.ReadAllText(path), new ExtractOptions { ReferenceDate = date });
            return ComparedDocument.From(Path.GetFileName(path), result);
        }).ToArray();
        Assert.That(documents, Has.Length.EqualTo(2));

        var groups = ClaimComparer.Compare(documents);
        var report = string.Join("\n", groups.Select(g =>
            $"{g.Subject} | {g.Unit} | {g.Predicate} | {g.Consistent} | " +
            string.Join("; ", g.Claims.Select(c => $"{c.DocumentId}: {c.Claim.Text}"))));

        // The troops sent: "lebih dari 10.000" (detik) and "sekitar 11.000" (voi), one consistent group.
        var sent = groups.Where(g => g.Claims.Any(c => c.Claim.Value == 10000) && g.Claims.Any(c => c.Claim.Value == 11000)).ToArray();
        Assert.That(sent, Has.Length.EqualTo(1), report);
        Assert.That(sent[0].Consistent, Is.True, report);
        Assert.That(sent[0].DocumentCount, Is.EqualTo(2), report);
        Assert.That(sent[0].Subject, Is.EqualTo("Korea Utara"), report);
        Assert.That(sent[0].Claims.Select(c => c.Claim.Value), Is.EquivalentTo(new[] { 10000d, 11000d }), report);

        // Killed ("sedikitnya 100") and wounded ("sekitar 1.000"): each reported by one document only.
        var killed = groups.Single(g => g.Claims.Any(c => c.Claim.Value == 100));
        var wounded = groups.Single(g => g.Claims.Any(c => c.Claim.Value == 1000));
        Assert.That(killed, Is.Not.SameAs(wounded), report);
        Assert.That(killed.IsSingleSource && wounded.IsSingleSource, Is.True, report);
        Assert.That(killed.Claims, Has.Count.EqualTo(1), report);
        Assert.That(wounded.Claims, Has.Count.EqualTo(1), report);

        // Nothing unrelated is grouped: the troops sent are the only quantity both reports give.
        Assert.That(groups.Where(g => !g.IsSingleSource), Is.EqualTo(sent), report);
    }

    /// <summary>The seeds are named <c>outlet-YYYY-MM-DD-slug.txt</c>; the date is the article's publication date.</summary>
    private static DateOnly ArticleDate(string name)
    {
        var parts = name.Split('-');
        return DateOnly.ParseExact(string.Join('-', parts[1..4]), "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
