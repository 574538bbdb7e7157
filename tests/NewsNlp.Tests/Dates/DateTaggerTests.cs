using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

public class DateTaggerTests
{
    [Test]
    public void EntitiesAreDatesWithTextCanonicalAndValue()
    {
        const string text = "Kim menyurati Putin, Selasa (31/12/2024), soal tahun depan dan Juni lalu.";
        var found = DateTagger.Find(Document.Parse(text), new DateOnly(2024, 12, 31));
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "Selasa (31/12/2024)", "tahun depan", "Juni lalu" }));
        foreach (var e in found)
        {
            Assert.That(e.Type, Is.EqualTo(EntityType.Date));
            Assert.That(text[e.Start..e.End], Is.EqualTo(e.Text));
            Assert.That(e.Canonical, Is.EqualTo(e.Value));
        }
    }

    [Test]
    public void UnresolvedDatesUseTheirTextAsCanonical()
    {
        var e = DateTagger.Find(Document.Parse("Ia datang kemarin."), null).Single();
        Assert.Multiple(() =>
        {
            Assert.That(e.Value, Is.Null);
            Assert.That(e.Canonical, Is.EqualTo("kemarin"));
        });
    }

    [Test]
    public void PipelineUsesTheDetectedDateline()
    {
        var result = NewsPipeline.Default.Extract("Jakarta - Hujan turun, Selasa (31/12/2024). Kemarin banjir surut.");
        Assert.That(result.ReferenceDate, Is.EqualTo(new DateOnly(2024, 12, 31)));
        Assert.That(result.Entities.Where(e => e.Type == EntityType.Date).Select(e => e.Value), Does.Contain("2024-12-30"));
    }

    [Test]
    public void ArbitraryTextNeverThrows()
    {
        var random = new Random(31122024);
        const string alphabet = "0123456789/-.,() SelasaJumat(27/12)laludepanDesemberJunitahunbulanpekanakhirawalabadke-XIV-an\u00A0";
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var document = Document.Parse(text);
            foreach (var e in DateTagger.Find(document, new DateOnly(2024, 12, 31)))
                Assert.That(text[e.Start..e.End], Is.EqualTo(e.Text), text);
            Assert.DoesNotThrow(() => DatelineDetector.Detect(document), text);
        }
    }
}
