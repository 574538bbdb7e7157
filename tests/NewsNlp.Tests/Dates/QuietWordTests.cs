using NewsNlp.Dates;
using NewsNlp.Numbers;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

/// <summary>
/// The date scanner tries its rules only at words that may open a date (<c>DateScanner.MayOpen</c>). These
/// tests scan with and without that check and ask for the same dates, so that a new rule opening with a word
/// the check turns away is caught (then <c>MayOpen</c> or <c>DateLexicon.Opener</c> must learn that word).
/// </summary>
public class QuietWordTests
{
    private static readonly string[] Words =
    [
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "minggu", "Hari", "hari", "ini", "lalu", "depan",
        "mendatang", "kemarin", "lusa", "besok", "esok", "tadi", "pagi", "malam", "dini", "pekan", "akhir", "awal",
        "pertengahan", "bulan", "tahun", "abad", "ke", "an", "sepekan", "sebulan", "setahun", "beberapa", "dua", "tiga",
        "puluh", "Januari", "Mei", "Juni", "Desember", "Des", "Ramadan", "Rabiul", "Awal", "Akhir", "Muharram", "Masehi",
        "sebelum", "SM", "Hijriah", "yang", "silam", "hingga", "sampai", "s.d.", "per", "UU", "Nomor", "Tahun", "Baru",
        "WIB", "Jakarta", "Presiden", "kata", "warga", "sekitar", "pada", "JUNİ", "Junı", "Désember", "XIX", "XXI",
        "1", "3", "9", "12", "17", "19", "27", "31", "90", "2009", "2014", "2019", "2024", "1990", "14.30", "1.200",
        "(", ")", "/", "-", ".", ",", "(31/12/2024)", "(27/12)", "31/12/2024", "2024-12-31", "ke-19", "1990-an",
    ];

    [Test]
    public void GoldenTextsGiveTheSameDatesWithoutTheCheck()
    {
        foreach (var text in TestTexts.ArticlesAndCorpus("dates", "dates.tsv", 1))
            AssertSameDates(text);
    }

    [Test]
    public void RandomWordSequencesGiveTheSameDatesWithoutTheCheck()
    {
        foreach (var text in TestTexts.RandomWordSequences(Words, seed: 31))
            AssertSameDates(text);
    }

    private static void AssertSameDates(string text)
    {
        var document = Document.Parse(text);
        var pieces = new SentencePieces(document);
        for (var s = 0; s < document.Sentences.Count; s++)
            foreach (DateOnly? reference in new DateOnly?[] { null, new DateOnly(2024, 12, 31) })
                Assert.That(DateScanner.Scan(pieces.Of(s), reference, skipQuietWords: true),
                    Is.EqualTo(DateScanner.Scan(pieces.Of(s), reference, skipQuietWords: false)), text);
    }
}
