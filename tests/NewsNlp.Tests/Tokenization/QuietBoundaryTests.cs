using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>
/// The sentence splitter applies its rules only at the boundaries <see cref="QuietTokens"/> does not skip.
/// These tests split with and without the filter and ask for the same sentences, so that a new rule that
/// acts where the filter looks away is caught (then QuietTokens must learn what the rule looks at).
/// </summary>
public class QuietBoundaryTests
{
    private static readonly string[] Pieces =
    [
        "kata", "dia", "sudah", "lainnya", "apakah", "tanya", "seperti", "berjudul", "kuartal", "coli",
        "Pada", "Namun", "Mereka", "Kami", "Jakarta", "Presiden", "E", "B", "J", "I", "Dr", "Jl", "dll", "Tbk", "PT",
        "Baca", "juga", "baca", "JUGA", "Foto", "FOTO", "foto", "Halaman", "halaman", "dari", "Sumber", "ADVERTISEMENT",
        "SCROLL", "TO", "CONTINUE", "WITH", "CONTENT", "taa", "fas", "1", "2", "2024", "detik.com", "#tag", "@user",
        ".", ".", ".", ",", ":", "?", "!", "...", "\u2026", "\"", "\"", "\u201C", "\u201D", "'", "\u2019", "(", ")", "[", "]",
        "/", "-", "\u2013", "\u2022", "*", "\n", "\n\n", "\u00A0", "\U0001F600",
    ];

    [Test]
    public void GoldenSentencesAreSplitTheSameWithoutTheFilter()
    {
        foreach (var (name, text, _) in GoldenFiles.SentenceCases())
            Assert.That(Split(text, everyBoundary: false), Is.EqualTo(Split(text, everyBoundary: true)), name);
    }

    [Test]
    public void RandomWordSequencesAreSplitTheSameWithoutTheFilter()
    {
        var random = new Random(77);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(2, 50); n > 0; n--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                var gap = random.Next(10);
                if (gap < 6) builder.Append(' ');
                else if (gap == 6) builder.Append("  ");
            }
            var text = builder.ToString();
            Assert.That(Split(text, everyBoundary: false), Is.EqualTo(Split(text, everyBoundary: true)), text);
        }
    }

    /// <summary>
    /// The plain sentence ends the splitter answers without its rules (a word or number, a dot, one space, a capital that
    /// cannot start page furniture), next to the cases where the rules must still be asked: a list number at the start of
    /// a line, abbreviations, furniture after a dot, brackets, quotes and labels.
    /// </summary>
    [TestCase("Harga naik pada tahun 2024. Namun penjualan turun. Pada Mei 2025. Mereka pulang.")]
    [TestCase("Daftarnya:\n1. Pertama ada di sini.\n2. Kedua ada di sana. 3. Ketiga\n 4. Keempat")]
    [TestCase("Rumah di Jl. Merdeka No. 5. Kami datang dll. Namun sudah tutup. PT Maju Tbk. Dia pergi.")]
    [TestCase("Dia datang kemarin. Baca juga: Berita lain di sini. Foto: Dok. Sumber. Halaman 2 dari 3. Simak videonya.")]
    [TestCase("Dia datang (pukul 5. Pagi) lalu pergi. \"Kami siap. Semua beres,\" kata dia. Pada hari itu. ADVERTISEMENT. Scroll ke bawah.")]
    [TestCase("Foto: Dia datang. Namun pergi lagi.\nKata dia 2. Sementara itu. Jumlah 3. Sebanyak 4. Selain 5. Untuk 6.")]
    public void PlainSentenceEndsAreSplitAsTheRulesSplitThem(string text) =>
        Assert.That(Split(text, everyBoundary: false), Is.EqualTo(Split(text, everyBoundary: true)), text);

    private static int[] Split(string text, bool everyBoundary)
    {
        var tokens = new TokenSpan[text.Length + 1];
        var n = Tokenizer.Tokenize(text, tokens, out _);
        var starts = new int[n + 1];
        var count = SentenceSplitter.Split(text, tokens.AsSpan(0, n), starts, everyBoundary);
        return starts[..count];
    }
}
