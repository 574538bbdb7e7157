namespace NewsNlp.Tests.Reliability;

/// <summary>Inputs built to break tokenizers and parsers: each returns, with every invariant holding.</summary>
public class PathologicalInputTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new string('.', 1_000_000)).SetName("a million dots");
        yield return new TestCaseData(new string('(', 50_000) + "Korut" + new string(')', 50_000)).SetName("deeply nested brackets");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("1234567890", 1_000))).SetName("ten thousand digits");
        yield return new TestCaseData(string.Join('.', Enumerable.Repeat("123", 20_000))).SetName("digits with dots, 20k groups");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("dll. ", 50_000))).SetName("repeated abbreviations");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("lebih dari ", 30_000)) + "10 orang").SetName("repeated bound words");
        yield return new TestCaseData(new string('a', 2_000_000)).SetName("one two-million-char token");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("\uD800", 10_000))).SetName("lone high surrogates");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("\U0001F469\u200D", 10_000))).SetName("endless emoji joiners");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("e\u0301", 50_000))).SetName("combining marks");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("a-", 100_000))).SetName("endless hyphenation");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("1/", 100_000))).SetName("endless slashes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("Rp", 50_000)) + "5").SetName("repeated currency");
        yield return new TestCaseData("\0\0\0\u0001\u0002\u001B[31m\u007F").SetName("control characters");
    }

    [TestCaseSource(nameof(Cases))]
    public void ExtractReturnsAndHoldsItsInvariants(string text)
    {
        var result = NewsPipeline.Default.Extract(text);
        ResultInvariants.Check(text, result);
    }

    [Test]
    public void ATenMegabyteLineIsHandled()
    {
        var sentence = "Sedikitnya 100 tentara tewas dan sekitar 1.000 orang terluka, kata pejabat itu ";
        var text = string.Concat(Enumerable.Repeat(sentence, 10_000_000 / sentence.Length + 1));
        var result = NewsPipeline.Default.Extract(text, ExtractOptions.Default with { MaxDocumentLength = 20_000_000 });
        Assert.That(result.Document.Tokens.Count, Is.GreaterThan(1_000_000));
        Assert.That(result.Claims.All(c => c.End <= text.Length));
    }
}
