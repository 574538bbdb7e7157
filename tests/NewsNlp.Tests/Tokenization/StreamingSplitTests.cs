using System.Text;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>
/// The streaming split (<see cref="SentenceSplitter.Count"/>: tokens and sentences in one pass over a small window
/// of tokens) must find exactly the sentences of <see cref="SentenceSplitter.Split(ReadOnlySpan{char}, ReadOnlySpan{TokenSpan}, Span{int})"/>
/// over all the tokens, wherever the window's edges fall.
/// </summary>
public class StreamingSplitTests
{
    private static readonly int[] Windows = [180, 181, 200, 257, 1024];

    [Test]
    public void GoldenSentencesStreamAsTheyAreSplit()
    {
        var all = new StringBuilder();
        foreach (var (name, text, _) in GoldenFiles.SentenceCases())
        {
            AssertSame(text, name);
            all.Append(text).Append("\n\n");
        }
        AssertSame(all.ToString(), "all golden cases");
    }

    [Test]
    public void LongRandomWordSequencesStreamAsTheyAreSplit()
    {
        var random = new Random(2026);
        string[] pieces =
        [
            "kata", "dia", "sudah", "Pada", "Namun", "Jakarta", "Dr", "Jl", "dll", "Tbk", "B", "I", "Baca", "juga", "Foto",
            "Halaman", "dari", "2", "taa", "fas", ".", ".", ".", ",", ":", "?", "!", "...", "\"", "\"", "\u201C", "\u201D",
            "(", ")", "/", "-", "\n", "\n\n",
        ];
        for (var round = 0; round < 40; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(100, 3000); n > 0; n--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(10) < 7) builder.Append(' ');
            }
            AssertSame(builder.ToString(), $"round {round}");
        }
    }

    [Test]
    public void SeedArticlesStreamAsTheyAreSplit()
    {
        var folder = SharedData.Require("seeds");
        var all = string.Join("\n\n", Directory.GetFiles(folder, "*.txt").Order().Select(File.ReadAllText));
        AssertSame(all, "seeds");
        AssertSame(string.Concat(Enumerable.Repeat(all + " ", 5)), "seeds glued five times");
    }

    [Test]
    public void EmptyAndBlankTextHaveNoSentences()
    {
        Assert.That(SentenceSplitter.Count("", out var tokens), Is.Zero);
        Assert.That(tokens, Is.Zero);
        Assert.That(SentenceSplitter.Count(" \n\t ", out tokens), Is.Zero);
        Assert.That(tokens, Is.Zero);
    }

    private static void AssertSame(string text, string name)
    {
        var tokens = new TokenSpan[text.Length + 1];
        var n = Tokenizer.Tokenize(text, tokens, out _);
        var expected = new int[n + 1];
        var count = SentenceSplitter.Split(text, tokens.AsSpan(0, n), expected);
        Assert.That(SentenceSplitter.Count(text, out var counted), Is.EqualTo(count), name);
        Assert.That(counted, Is.EqualTo(n), name);
        foreach (var size in Windows)
        {
            var starts = new int[n + 1];
            var streamed = SentenceSplitter.Stream(text, new TokenSpan[size], starts, out var tokenCount);
            Assert.That(tokenCount, Is.EqualTo(n), $"{name}, window {size}");
            Assert.That(starts[..streamed], Is.EqualTo(expected[..count]), $"{name}, window {size}");
        }
    }
}
