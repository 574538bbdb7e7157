using NewsNlp.Numbers;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Numbers;

/// <summary>
/// The number scanner reads a number only at words that may open one (<c>NumberLexicon.MayOpen</c>). These
/// tests scan with and without that check and ask for the same numbers, so that a new rule opening with a word
/// the check turns away is caught (then <c>MayOpen</c> must learn that word).
/// </summary>
public class QuietWordTests
{
    private static readonly string[] Words =
    [
        "satu", "dua", "tiga", "sepuluh", "sebelas", "belas", "puluh", "ratus", "ratusan", "ribuan", "juta", "jutaan",
        "miliar", "triliun", "setengah", "seperempat", "pertama", "kedua", "ketiga", "ke", "kesepuluh", "sehari", "sepekan",
        "sebulan", "setahun", "salah", "kali", "per", "Rp", "RP", "rp", "US", "US$", "$", "€", "persen", "%", "orang", "warga",
        "ton", "km", "kg", "meter", "hektare", "million", "billion", "M", "T", "ribu", "antara", "dan", "hingga", "sampai",
        "lebih", "dari", "sekitar", "hampir", "pukul", "WIB", "jam", "tahun", "an", "Tahun", "Presiden", "Jakarta",
        "kata", "Satu", "DUA", "Ketiga", "sembilan", "nol", "Rp1", "satu-satunya", "ke-3", "dua puluh", "Dua", "ﬁve",
        "1", "3", "12", "1.200", "1,5", "2024", "14.30", "90", "08:15", "31/12/2024", "(", ")", ".", ",", "-", "/",
    ];

    [Test]
    public void GoldenTextsGiveTheSameNumbersWithoutTheCheck()
    {
        foreach (var text in TestTexts.ArticlesAndCorpus("numbers", "numbers.tsv", 0))
            AssertSameNumbers(text);
    }

    [Test]
    public void RandomWordSequencesGiveTheSameNumbersWithoutTheCheck()
    {
        foreach (var text in TestTexts.RandomWordSequences(Words, seed: 53))
            AssertSameNumbers(text);
    }

    private static void AssertSameNumbers(string text)
    {
        var document = Document.Parse(text);
        var pieces = new SentencePieces(document);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var p = pieces.Of(s);
            Assert.That(Describe(NumberScanner.Scan(p, skipQuietWords: true)), Is.EqualTo(Describe(NumberScanner.Scan(p, skipQuietWords: false))), text);
        }
    }

    private static string[] Describe(List<NumberScanner.Quantity> found) =>
        found.Select(q => $"{q.First}-{q.End} {q.Kind} {q.Value} {q.Low}..{q.High} {q.Unit} {q.Factor} {q.Shape} {q.FromDigits}").ToArray();
}
