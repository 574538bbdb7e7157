using NewsNlp.Morphology;

namespace NewsNlp.Tests.Morphology;

public class StemmerTests
{
    private static IEnumerable<TestCaseData> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Golden", "claims", file))
            .Where(static l => l.Length > 0 && l[0] != '#')
            .Select(static l => l.Split('\t'))
            .Select(static r => new TestCaseData(r[0]).Returns(r[1]).SetName($"{r[0]} -> {r[1]}"));

    private static IEnumerable<TestCaseData> Stems() => Rows("stems.tsv");
    private static IEnumerable<TestCaseData> Clitics() => Rows("clitics.tsv");

    [TestCaseSource(nameof(Stems))]
    public string Stem(string word) => Stemmer.Stem(word);

    [TestCaseSource(nameof(Clitics))]
    public string StripClitics(string word) => Stemmer.StripClitics(word);

    [Test]
    public void UnknownWordsComeBackAsTheyAre()
    {
        Assert.That(Stemmer.Stem("Xyzzyqu"), Is.EqualTo("xyzzyqu"));
        Assert.That(Stemmer.Stem(""), Is.EqualTo(""));
        Assert.That(Stemmer.Stem(new string('m', 5000)), Is.EqualTo(new string('m', 5000)));
    }

    [Test]
    public void CaseDoesNotMatter() => Assert.That(Stemmer.Stem("MENGIRIMKAN"), Is.EqualTo("kirim"));
}
