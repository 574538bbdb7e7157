using NewsNlp.Dates;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Numbers;

/// <summary>Random sequences of the words the number and date scanners react to: nothing throws, spans stay in the text.</summary>
public class WordSoupTests
{
    private static readonly string[] Words =
    [
        "Rp", "Rp.", "US$", "$", "%", "persen", "juta", "ribu", "M", "T", "miliar", "hingga", "sampai", "antara", "dan", "-", "/",
        "10", "1,5", "10.000", "2024", "31/12", "(", ")", "(27/12)", "ke-", "ke", "3", "ketiga", "pertama", "satu", "setengah",
        "dua", "belas", "puluh", "ratus", "ratusan", "puluhan", "tahun", "bulan", "hari", "pekan", "lalu", "depan", "ini", "yang",
        "Selasa", "Minggu", "Hari", "Desember", "Juni", "Ramadan", "Suro", "abad", "XIX", "-an", "an", "pukul", "14.30", "WIB",
        "akhir", "awal", "beberapa", "setahun", "sebelum", "Masehi", "H", ",", ".", "dolar", "AS", "salah", "satu-satunya",
    ];

    [Test]
    public void RandomWordSequencesNeverThrow()
    {
        var random = new Random(17122024);
        for (var n = 0; n < 3000; n++)
        {
            var parts = new string[random.Next(1, 25)];
            for (var k = 0; k < parts.Length; k++) parts[k] = Words[random.Next(Words.Length)];
            var text = string.Join(random.Next(3) == 0 ? "" : " ", parts);
            var document = Document.Parse(text);
            foreach (var m in NumberRecognizer.Find(document))
            {
                Assert.That(m.Start >= 0 && m.Start < m.End && m.End <= text.Length, text);
                Assert.That(m.FirstToken < m.EndToken, text);
                Assert.That(double.IsFinite(m.Value) && m.Low <= m.High, text);
            }
            foreach (var e in DateTagger.Find(document, new DateOnly(2024, 12, 31)))
                Assert.That(text[e.Start..e.End], Is.EqualTo(e.Text), text);
            Assert.DoesNotThrow(() => DatelineDetector.Detect(document), text);
        }
    }
}
