using System.Text;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>
/// The splitter finds the boundaries that are not quiet by masks of 64 (<see cref="QuietTokens.TryMask"/>,
/// eight tokens at a time with AVX2) where it asked <see cref="QuietTokens.SkipQuiet"/> token by token (as it still does without AVX2):
/// every bit must be <see cref="QuietTokens.SkipQuiet"/>'s answer, and <see cref="QuietTokens.Skip"/> must stop where it stops.
/// </summary>
public class QuietMaskTests
{
    private static readonly string[] Pieces =
    [
        "kata", "dia", "sudah", "bisa", "Pada", "Namun", "Mereka", "Jakarta", "E", "B", "I", "Dr", "Jl", "dll", "Tbk", "Baca", "baca",
        "juga", "Foto", "FOTO", "Halaman", "dari", "Sumber", "ADVERTISEMENT", "SCROLL", "taa", "fas", "1", "2024", "10.000", "14.30",
        "detik.com", "#tag", "@user", "Rp1", "ke-3", "negara-negara", ".", ".", ",", ":", ";", "?", "!", "...", "\u2026", "\"", "\"",
        "\u201C", "\u201D", "'", "`", "(", ")", "[", "]", "{", "}", "/", "-", "\u2013", "*", "\n", "\n\n", "\t", "  ", "\u00A0",
        "\U0001F600", "caf\u00E9", "\u00E9t\u00E9", "Indonesia.", "ini.", ".com", "..",
    ];

    [Test]
    public void MasksAreTheFilterOnGoldenTexts()
    {
        if (!QuietTokens.Vectorized) Assert.Ignore("no AVX2: the splitter uses SkipQuiet");
        var all = new StringBuilder();
        foreach (var (name, text, _) in GoldenFiles.SentenceCases())
        {
            AssertSameAsFilter(text, name);
            all.Append(text).Append("\n\n");
        }
        AssertSameAsFilter(all.ToString(), "all golden cases");
    }

    [Test]
    public void MasksAreTheFilterOnRandomWordSequences()
    {
        if (!QuietTokens.Vectorized) Assert.Ignore("no AVX2: the splitter uses SkipQuiet");
        var random = new Random(31);
        for (var round = 0; round < 400; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(2, 300); n > 0; n--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                var gap = random.Next(10);
                if (gap < 6) builder.Append(' ');
                else if (gap == 6) builder.Append("  ");
            }
            AssertSameAsFilter(builder.ToString(), $"round {round}");
        }
    }

    [Test]
    public void MasksAreTheFilterOnTheSeeds()
    {
        if (!QuietTokens.Vectorized) Assert.Ignore("no AVX2: the splitter uses SkipQuiet");
        var folder = SharedData.Require("seeds");
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order()) AssertSameAsFilter(File.ReadAllText(file), file);
    }

    [Test]
    public void TokensNotFromTheTokenizerGetNoMask()
    {
        if (!QuietTokens.Vectorized) Assert.Ignore("no AVX2: the splitter uses SkipQuiet");
        const string text = "Kata dia sudah pulang ke rumah. Namun mereka belum datang juga ke sana hari ini.";
        var buffer = new TokenSpan[text.Length];
        var n = Tokenizer.Tokenize(text, buffer, out _);
        var tokens = buffer.AsSpan(0, n).ToArray();
        Assert.That(QuietTokens.TryMask(text, tokens, 1, out _), Is.True);
        foreach (var broken in new[] { tokens[5] with { Length = 0 }, tokens[5] with { Start = tokens[4].Start }, tokens[5] with { Length = 500 } })
        {
            var copy = (TokenSpan[])tokens.Clone();
            copy[5] = broken;
            Assert.That(QuietTokens.TryMask(text, copy, 1, out _), Is.False, broken.ToString());
        }
    }

    private static void AssertSameAsFilter(string text, string name)
    {
        var buffer = new TokenSpan[text.Length + 1];
        var n = Tokenizer.Tokenize(text, buffer, out _);
        ReadOnlySpan<TokenSpan> tokens = buffer.AsSpan(0, n);
        for (var b = 1; b < n; b++)
        {
            Assert.That(QuietTokens.TryMask(text, tokens, b, out var mask), Is.True, $"{name}: the tokenizer's tokens from {b}");
            for (var k = 0; k < 64 && b + k < n; k++)
            {
                var loud = QuietTokens.SkipQuiet(text, tokens, b + k, b + k + 1) == b + k;
                if (((mask >> k) & 1) != (loud ? 1UL : 0UL))
                    Assert.Fail($"{name}: boundary {b + k} (mask from {b}): mask says {(loud ? "quiet" : "loud")}, SkipQuiet the other");
            }
        }
        // Skip with its mask carried from call to call, as the streaming splitter calls it.
        var random = new Random(n);
        var maskBase = QuietTokens.NoMask;
        var carried = 0UL;
        for (var b = 1; b < n;)
        {
            var stop = random.Next(4) == 0 ? b + random.Next(0, 10) : n;
            var expected = QuietTokens.SkipQuiet(text, tokens, b, stop);
            Assert.That(QuietTokens.Skip(text, tokens, b, stop, ref maskBase, ref carried), Is.EqualTo(expected), $"{name}: from {b} to {stop}");
            b = Math.Max(expected, b) + 1;
        }
    }
}
