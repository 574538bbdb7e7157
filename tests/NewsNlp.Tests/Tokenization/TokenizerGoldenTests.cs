using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>Golden tokenization cases: Golden/tokenization/tokens.tsv and kinds.tsv.</summary>
public class TokenizerGoldenTests
{
    private static IEnumerable<TestCaseData> TokenCases() =>
        GoldenFiles.Rows("tokens.tsv").Select(r => new TestCaseData(r[0], r[1]).SetName($"Tokens: {r[0]}"));

    private static IEnumerable<TestCaseData> KindCases() =>
        GoldenFiles.Rows("kinds.tsv").Select(r => new TestCaseData(r[0], r[1], Enum.Parse<TokenKind>(r[2])).SetName($"Kind: {r[1]} in {r[0]}"));

    [TestCaseSource(nameof(TokenCases))]
    public void Tokenizes(string input, string expected)
    {
        var document = Document.Parse(input);
        var actual = string.Join(' ', document.Tokens.Select(t =>
            t.IsMultiword ? $"{document.GetText(t)}{{{string.Join('+', t.Words.Select(document.GetText))}}}" : document.GetText(t)));
        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(KindCases))]
    public void GivesKind(string input, string token, TokenKind kind)
    {
        var document = Document.Parse(input);
        var match = document.Tokens.Where(t => document.GetText(t) == token).ToList();
        Assert.That(match, Is.Not.Empty, $"no token '{token}' in: {string.Join(" | ", document.Tokens.Select(document.GetText))}");
        Assert.That(match[0].Kind, Is.EqualTo(kind));
    }

    [Test]
    public void OffsetsPointIntoTheText()
    {
        const string text = "  Korut   mengirim\t11.000 tentaranya ke Rusia (27/12).\n";
        var document = Document.Parse(text);
        foreach (var token in document.Tokens)
        {
            Assert.That(document.GetText(token), Is.EqualTo(text[token.Start..token.End]));
            Assert.That(document.GetText(token).Trim(), Is.EqualTo(document.GetText(token)));
        }
        Assert.That(document.Tokens.Select(document.GetText), Is.EqualTo(new[] { "Korut", "mengirim", "11.000", "tentaranya", "ke", "Rusia", "(", "27/12", ")", "." }));
    }

    [TestCase("Kim Jong Un mengirim surat kepada Putin, Selasa (31/12/2024). Isinya: \"salam hangat\".", 3)]
    // Plain text goes 32 chars at a time: buffers near that size, runs of one-char tokens.
    [TestCase(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,, a", 32)]
    [TestCase(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,, a", 40)]
    [TestCase("kata dia, (di sini) \"ya\" atau tidak? tentu! 2024 dan 15. Lalu; kemudian pada hari itu juga mereka pergi. ", 33)]
    [TestCase("kata dia, (di sini) \"ya\" atau tidak? tentu! 2024 dan 15. Lalu; kemudian pada hari itu juga mereka pergi. ", 64)]
    public void ChunkedTokenizeMatchesTheReader(string text, int bufferSize)
    {
        var all = new List<TokenSpan>();
        var reader = new TokenReader(text);
        while (reader.Read()) all.Add(reader.Current);

        var chunked = new List<TokenSpan>();
        var buffer = new TokenSpan[bufferSize];
        var offset = 0;
        while (offset < text.Length)
        {
            var n = Tokenizer.Tokenize(text.AsSpan(offset), buffer, out var consumed);
            for (var i = 0; i < n; i++) chunked.Add(buffer[i] with { Start = buffer[i].Start + offset });
            if (consumed == 0) break;
            offset += consumed;
        }
        Assert.That(chunked, Is.EqualTo(all));
        Assert.That(Tokenizer.Count(text), Is.EqualTo(all.Count));
    }
}
