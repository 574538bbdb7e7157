using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>Golden sentence splitting cases: Golden/tokenization/sentences.txt.</summary>
public class SentenceSplitterGoldenTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        GoldenFiles.SentenceCases().Select(c => new TestCaseData(c.Text, c.Sentences).SetName($"Sentences: {c.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void Splits(string text, string[] expected)
    {
        var document = Document.Parse(text);
        // a sentence that runs over a line break is written on one line in the golden file
        var actual = document.Sentences.Select(s => text[s.Start..s.End].Replace('\n', ' ')).ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void SentencesCoverEveryTokenOnce()
    {
        var document = Document.Parse("Satu. Dua?\n\nTiga! \"Empat.\" (Lima.)");
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.That(sentence.FirstToken, Is.EqualTo(next));
            Assert.That(sentence.TokenCount, Is.GreaterThan(0));
            next = sentence.EndToken;
        }
        Assert.That(next, Is.EqualTo(document.Tokens.Count));
    }
}
