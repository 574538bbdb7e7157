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

    private static int[] Split(string text, bool everyBoundary)
    {
        var tokens = new TokenSpan[text.Length + 1];
        var n = Tokenizer.Tokenize(text, tokens, out _);
        var starts = new int[n + 1];
        var count = SentenceSplitter.Split(text, tokens.AsSpan(0, n), starts, everyBoundary);
        return starts[..count];
    }
}
