using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>The tokenizer allocates nothing per token and survives any input.</summary>
public class TokenizerRobustnessTests
{
    private const string News =
        "Korea Utara dituduh mengirim sekitar 11.000 tentaranya ke Rusia, kata Dr. Budi di Jl. Merdeka No. 5 " +
        "pada Selasa (31/12/2024) pukul 14.30 WIB; harga naik 1,5% menjadi Rp1,5 triliun. Baca detik.com! 😀 ";

    [Test]
    public void AllocatesNothingPerToken()
    {
        var text = string.Concat(Enumerable.Repeat(News, 50));
        var buffer = new TokenSpan[text.Length];
        Tokenizer.Tokenize(text, buffer, out _); // warm up: static tables, lexicons
        var before = GC.GetAllocatedBytesForCurrentThread();
        var n = Tokenizer.Tokenize(text, buffer, out var consumed);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(n, Is.GreaterThan(1000));
        Assert.That(consumed, Is.EqualTo(text.Length));
        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void CliticSplitAllocatesNothing()
    {
        Span<TextRange> words = stackalloc TextRange[3];
        CliticSplitter.Split("tentaranya", TokenKind.Word, words);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var n = 0;
        for (var i = 0; i < 100; i++) n += CliticSplitter.Split("tentaranya", TokenKind.Word, words);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(n, Is.EqualTo(200));
    }

    [TestCase("\uD800")]
    [TestCase("a\uDC00b")]
    [TestCase("\u0000\u0001\u001F\u007F")]
    [TestCase("\u200B\uFEFF\u00AD")]
    [TestCase("\u0301abc")]
    [TestCase("((((((((")]
    [TestCase("....... ------ ````")]
    [TestCase("http://")]
    [TestCase("@ # $ Rp US$ ke- -nya")]
    [TestCase("1/ 1/2/ 99/99/99 1.2.3.4.5.6.7 00:99 24.60")]
    [TestCase("\U0001F468\u200D\u200D\U0001F469 \U0001F1EE \uFE0F\u20E3")]
    public void NeverThrowsAndCoversAllText(string text)
    {
        var document = Document.Parse(text);
        AssertCovers(text, document);
    }

    [Test]
    public void RandomTextIsCoveredExactly()
    {
        var random = new Random(2024);
        const string alphabet = "aZ9 .,-/:'\"()@#$%&?!\n\t\u2019\u201C\u00A0\u200D\uD83D\uDE00\uD800\u0301ke-nya";
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            AssertCovers(text, Document.Parse(text));
        }
    }

    private static void AssertCovers(string text, Document document)
    {
        var position = 0;
        foreach (var token in document.Tokens)
        {
            Assert.That(token.Start, Is.GreaterThanOrEqualTo(position));
            Assert.That(token.Length, Is.GreaterThan(0));
            for (var i = position; i < token.Start; i++)
                Assert.That(char.IsWhiteSpace(text[i]) || text[i] is '\u200B' or '\uFEFF' or '\u2060' or '\u180E', $"char {(int)text[i]:X4} at {i} dropped");
            foreach (var word in token.Words)
                Assert.That(word.Start >= token.Start && word.End <= token.End && word.Length > 0);
            position = token.End;
        }
        for (var i = position; i < text.Length; i++)
            Assert.That(char.IsWhiteSpace(text[i]) || text[i] is '\u200B' or '\uFEFF' or '\u2060' or '\u180E');
    }
}
