using NewsNlp.Entities.Statistical;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Ner;

public class EmbeddedModelTests
{
    [Test]
    public void TheEmbeddedModelLoadsAndMatchesTheFeatureTemplates()
    {
        var tagger = StatisticalNer.Default;
        Assert.That(tagger, Is.Not.Null, "models/ner.bin is missing or was trained with other feature templates: retrain it (see MODEL_CARD.md).");
        Assert.That(tagger!.Model.FeatureVersion, Is.EqualTo(NerFeatures.Version));
        Assert.That(tagger.Model.TagSet.Labels, Is.EqualTo(new[] { "LOC", "ORG", "PER" }));
    }

    [Test]
    public void FindsNamesInAWrittenSentence()
    {
        const string text = "Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Kabupaten Demak bersama petugas Badan Nasional Penanggulangan Bencana.";
        var document = Document.Parse(text);
        var spans = StatisticalNer.Tag(document);
        var found = spans.Select(s => $"{s.Label}:{text[document.Tokens[s.FirstToken].Start..document.Tokens[s.EndToken - 1].End]}").ToList();
        Assert.That(found, Does.Contain("PER:Ganjar Pranowo"));
        Assert.That(found.Any(f => f.StartsWith("LOC:", StringComparison.Ordinal) && f.Contains("Demak", StringComparison.Ordinal)), Is.True, string.Join(", ", found));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("....")]
    [TestCase("A")]
    [TestCase("\u0000\uD800 x")]
    public void OddInputsGiveValidSpans(string text)
    {
        var document = Document.Parse(text);
        foreach (var span in StatisticalNer.Tag(document))
        {
            Assert.That(span.FirstToken, Is.GreaterThanOrEqualTo(0));
            Assert.That(span.EndToken, Is.GreaterThan(span.FirstToken).And.LessThanOrEqualTo(document.Tokens.Count));
        }
    }

    [Test]
    public void SpansAreOrderedAndDoNotOverlapOnALongText()
    {
        var text = string.Concat(Enumerable.Repeat("Menteri Keuangan Sri Mulyani bertemu Direktur Bank Dunia di Washington tanpa titik ", 200));
        var spans = StatisticalNer.Tag(Document.Parse(text));
        Assert.That(spans, Is.Not.Empty);
        for (var i = 1; i < spans.Count; i++)
            Assert.That(spans[i].FirstToken, Is.GreaterThanOrEqualTo(spans[i - 1].EndToken));
    }

    [Test]
    public void TaggingFromManyThreadsGivesTheSameAnswer()
    {
        var document = Document.Parse("Wakil Presiden Ma'ruf Amin membuka pameran di Surabaya. Ketua DPR Puan Maharani hadir.");
        var expected = StatisticalNer.Tag(document);
        var results = new IReadOnlyList<NameSpan>[16];
        Parallel.For(0, results.Length, i => results[i] = StatisticalNer.Tag(document));
        foreach (var r in results)
            Assert.That(r, Is.EqualTo(expected));
    }
}
