using NewsNlp.Claims;
using NewsNlp.Entities;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Claims;

/// <summary>The seed expectations of SPEC.md: four claims from the two seed articles, and nothing else.</summary>
public class SeedClaimsTests
{
    private static List<Claim> SeedClaims()
    {
        var seeds = SharedData.Require("seeds");
        var claims = new List<Claim>();
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
            claims.AddRange(NewsPipeline.Default.Extract(File.ReadAllText(file)).Claims);
        return claims;
    }

    private static Claim Single(List<Claim> claims, string text)
    {
        var found = claims.Where(c => c.Text == text).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"claim '{text}' among: {string.Join(" | ", claims.Select(c => c.Text))}");
        return found[0];
    }

    [Test]
    public void TheFourSpecClaimsAndNothingElse()
    {
        var claims = SeedClaims();
        Assert.That(claims.Select(c => c.Text), Is.EquivalentTo(new[]
        {
            "lebih dari 10.000 tentaranya", "sekitar 11.000 tentara", "sedikitnya 100 tentara", "sekitar 1.000 orang",
        }));

        var sent = Single(claims, "lebih dari 10.000 tentaranya");
        Assert.That((sent.Value, sent.Bound, sent.Low, sent.High, sent.Unit, sent.Predicate, sent.Hedge),
            Is.EqualTo((10000d, ClaimBound.MoreThan, (double?)10000, (double?)null, "tentara", "kirim", "menuduh")));

        var about = Single(claims, "sekitar 11.000 tentara");
        Assert.That((about.Value, about.Bound, about.Low, about.High, about.Unit, about.Predicate, about.Hedge),
            Is.EqualTo((11000d, ClaimBound.Approx, (double?)11000, (double?)11000, "tentara", "kirim", "dituduh")));

        var killed = Single(claims, "sedikitnya 100 tentara");
        Assert.That((killed.Value, killed.Bound, killed.Low, killed.High, killed.Unit, killed.Predicate),
            Is.EqualTo((100d, ClaimBound.AtLeast, (double?)100, (double?)null, "tentara", "tewas")));

        var wounded = Single(claims, "sekitar 1.000 orang");
        Assert.That((wounded.Value, wounded.Bound, wounded.Low, wounded.High, wounded.Unit, wounded.Predicate, wounded.Hedge),
            Is.EqualTo((1000d, ClaimBound.Approx, (double?)1000, (double?)1000, "tentara", "luka", "diperkirakan")));
    }

    [Test]
    public void SubjectsAndSourcesAreCanonicalNames()
    {
        if (EntityTagger.Find(Document.Parse("Korea Utara dan AS.")).Count == 0)
            Assert.Ignore("needs the entity tagger");
        var claims = SeedClaims();

        var sent = Single(claims, "lebih dari 10.000 tentaranya");
        Assert.That(sent.Subject, Is.EqualTo("Korea Utara"));
        Assert.That(sent.Source, Is.EquivalentTo(new[] { "Amerika Serikat", "Korea Selatan" }));

        Assert.That(Single(claims, "sekitar 11.000 tentara").Subject, Is.EqualTo("Korea Utara"));

        var killed = Single(claims, "sedikitnya 100 tentara");
        Assert.That(killed.Subject, Is.EqualTo("Korea Utara"));
        Assert.That(killed.Source, Has.Count.EqualTo(1), "the Seoul spy agency");

        Assert.That(Single(claims, "sekitar 1.000 orang").Subject, Is.EqualTo("Korea Utara"));
    }
}
