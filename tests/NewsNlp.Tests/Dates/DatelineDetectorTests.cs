using NewsNlp.Dates;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

public class DatelineDetectorTests
{
    [TestCase("Jakarta - Harga cabai naik tajam. Hal itu disampaikan pedagang, Selasa (31/12/2024).", "2024-12-31")]
    [TestCase("Jakarta -\nBanjir melanda kota. Dirangkum detikcom, Senin (6/1/2025), air mulai surut.", "2025-01-06")]
    [TestCase("BANDUNG, KOMPAS - Rapat digelar Kamis, 2 Januari 2025, di balai kota.", "2025-01-02")]
    [TestCase("Pada 17 Agustus 1945 proklamasi dibacakan. Warga memperingatinya, Sabtu (17/8/2024).", "2024-08-17")]
    [TestCase("Jakarta - Polisi menangkap pelaku, Jumat (27/12). Kasus serupa terjadi pada 3 Maret 2024.", "2024-12-27")]
    [TestCase("Jakarta - Media melapor pada Jumat (27/12). Kerja sama pada tahun 2024 erat, dan tahun 2025 lebih erat.", "2024-12-27")]
    public void FindsTheArticlesDate(string text, string expected) =>
        Assert.That(DatelineDetector.Detect(Document.Parse(text)), Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("JAKARTA - Presiden mengirim pesan pada Hari Jumat.")]
    [TestCase("Jakarta - Polisi menangkap pelaku, Jumat (27/12). Tidak ada tahun di sini.")]
    [TestCase("Jakarta - Media melapor pada (27/12). Kerja sama pada tahun 2024 erat, dan tahun 2025 lebih erat.")]
    [TestCase("")]
    [TestCase("Tanpa tanggal sama sekali.")]
    public void GivesNullWhenTheTextHasNoFullDate(string text) =>
        Assert.That(DatelineDetector.Detect(Document.Parse(text)), Is.Null);

    [Test]
    public void AWeekdayThatDisagreesWithTheYearFoundElsewhereLeavesItUnresolved() =>
        // 27 December 2024 is a Friday, not a Monday.
        Assert.That(DatelineDetector.Detect(Document.Parse("Jakarta - Polisi menangkap pelaku, Senin (27/12). Kasus serupa terjadi pada 3 Maret 2024.")), Is.Null);

    [TestCase("detik-2024-12-31-kim-putin.txt", "2024-12-31")]
    [TestCase("voi-2024-12-27-putin-kim.txt", null)]
    public void SeedDatelines(string seed, string? expected)
    {
        var text = File.ReadAllText(SharedData.Require("seeds/" + seed));
        DateOnly? date = expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(DatelineDetector.Detect(Document.Parse(text)), Is.EqualTo(date));
    }
}
