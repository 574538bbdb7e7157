using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>Golden clitic splits and non-splits: Golden/tokenization/clitics.tsv.</summary>
public class CliticGoldenTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        GoldenFiles.Rows("clitics.tsv").Select(r => new TestCaseData(r[0], r[1]).SetName($"Clitics: {r[0]} = {r[1]}"));

    [TestCaseSource(nameof(Cases))]
    public void SplitsOnlyKnownBases(string token, string expected)
    {
        var document = Document.Parse(token);
        Assert.That(document.Tokens, Has.Count.EqualTo(1));
        var words = string.Join('+', document.Tokens[0].Words.Select(document.GetText));
        Assert.That(words, Is.EqualTo(expected));
        Assert.That(document.Tokens[0].IsMultiword, Is.EqualTo(expected.Contains('+')));
    }

    [Test]
    public void KeepsTheSurfaceSpan()
    {
        var document = Document.Parse("Korut mengirim tentaranya.");
        var token = document.Tokens[2];
        Assert.That(document.GetText(token), Is.EqualTo("tentaranya"));
        Assert.That(token.Words, Is.EqualTo(new[] { new TextRange(15, 22), new TextRange(22, 25) }));
    }
}
