using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Numbers;

public class NumberRecognizerTests
{
    [Test]
    public void TokenIndicesCoverTheExpression()
    {
        var document = Document.Parse("Dana Rp 1,5 juta cair.");
        var match = NumberRecognizer.Find(document).Single();
        Assert.Multiple(() =>
        {
            Assert.That(document.Text[document.Tokens[match.FirstToken].Start..document.Tokens[match.EndToken - 1].End], Is.EqualTo("Rp 1,5 juta"));
            Assert.That(match.Unit, Is.EqualTo("IDR"));
            Assert.That(match.IsQuantity(), Is.True);
        });
    }

    [Test]
    public void TokenRangeLimitsTheSearch()
    {
        var document = Document.Parse("Ada 10 orang dan 20 kendaraan.");
        var all = NumberRecognizer.Find(document);
        Assert.That(all, Has.Count.EqualTo(2));
        var second = NumberRecognizer.Find(document, all[0].EndToken, document.Tokens.Count);
        Assert.That(second.Single().Value, Is.EqualTo(20));
    }

    [Test]
    public void YearsTimesDatesAndOrdinalsAreNotQuantities()
    {
        var document = Document.Parse("Pada tahun 2025, pukul 14.30 WIB, Selasa (31/12/2024), ia finis ke-3.");
        Assert.That(NumberRecognizer.Find(document).Where(m => m.IsQuantity()), Is.Empty);
    }

    [Test]
    public void OutOfRangeTokenIndicesAreClamped()
    {
        var document = Document.Parse("Ada 10 orang.");
        Assert.That(NumberRecognizer.Find(document, -5, 1000), Has.Count.EqualTo(1));
    }

    [Test]
    public void ArbitraryTextNeverThrows()
    {
        var random = new Random(20241231);
        const string alphabet = "0123456789.,-/:%$ RpjutaribuMTke()antaradan persen\u00A0\uD83D\uDE00ratusanseratusbelas";
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var document = Document.Parse(text);
            foreach (var m in NumberRecognizer.Find(document))
            {
                Assert.That(m.Start, Is.LessThan(m.End).And.GreaterThanOrEqualTo(0), text);
                Assert.That(m.End, Is.LessThanOrEqualTo(text.Length), text);
                Assert.That(double.IsFinite(m.Value), Is.True, text);
            }
        }
    }
}
