using NewsNlp.Comparison;

namespace NewsNlp.Tests.Comparison;

public class ComparisonVocabularyTests
{
    [TestCase("tentara", "tentara")]
    [TestCase("personel", "tentara")]
    [TestCase("pasukan", "tentara")]
    [TestCase("prajurit", "tentara")]
    [TestCase("serdadu", "tentara")]
    [TestCase("Tentaranya", "tentara")]
    [TestCase("  Pasukan  ", "tentara")]
    [TestCase("jiwa", "orang")]
    [TestCase("persen", "percent")]
    [TestCase("rupiah", "IDR")]
    [TestCase("nelayan", "nelayan")]
    [TestCase("tanya", "tanya")]
    public void UnitsShareTheirSynonymGroup(string unit, string display) =>
        Assert.That(ComparisonVocabulary.Unit(unit).Display, Is.EqualTo(display));

    [TestCase("kirim", "kirim")]
    [TestCase("kerahkan", "kirim")]
    [TestCase("dikerahkan", "kirim")]
    [TestCase("terjun", "kirim")]
    [TestCase("diterjunkan", "kirim")]
    [TestCase("dikirimkan", "kirim")]
    [TestCase("tewas", "tewas")]
    [TestCase("mati", "tewas")]
    [TestCase("gugur", "tewas")]
    [TestCase("meninggal", "tewas")]
    [TestCase("terbunuh", "tewas")]
    [TestCase("luka", "luka")]
    [TestCase("terluka", "luka")]
    [TestCase("mengirim", "kirim")]
    [TestCase("mengirimkan", "kirim")]
    [TestCase("mengerahkan", "kirim")]
    [TestCase("menewaskan", "tewas")]
    [TestCase("membunuh", "tewas")]
    [TestCase("menangkap", "tangkap")]
    [TestCase("raih", "raih")]
    public void PredicatesShareTheirCompatibilityGroup(string predicate, string display) =>
        Assert.That(ComparisonVocabulary.Predicate(predicate).Display, Is.EqualTo(display));

    [Test]
    public void KilledAndWoundedAreDifferentPredicates() =>
        Assert.That(ComparisonVocabulary.Predicate("tewas").Key, Is.Not.EqualTo(ComparisonVocabulary.Predicate("luka").Key));

    [Test]
    public void SoldiersAndPeopleAreDifferentUnits() =>
        Assert.That(ComparisonVocabulary.Unit("tentara").Key, Is.Not.EqualTo(ComparisonVocabulary.Unit("orang").Key));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void MissingValuesHaveNoKey(string? value)
    {
        Assert.That(ComparisonVocabulary.Unit(value).Key, Is.Null);
        Assert.That(ComparisonVocabulary.Predicate(value).Key, Is.Null);
    }
}
