using NewsNlp.Tests.Support;

namespace NewsNlp.Tests;

public class PipelineSmokeTests
{
    [Test]
    public void ExtractKeepsOffsetsInsideTheText()
    {
        const string text = "Pemerintah mengirim 1.500 relawan ke Palu, Senin (3/10/2018).";
        var result = NewsPipeline.Default.Extract(text);
        Assert.That(result.Document.Tokens, Is.Not.Empty);
        foreach (var token in result.Document.Tokens)
            Assert.That(token.End, Is.LessThanOrEqualTo(text.Length));
    }

    [Test]
    public void TooLongTextGetsAClearError()
    {
        var pipeline = new NewsPipeline(new ExtractOptions { MaxDocumentLength = 10 });
        var error = Assert.Throws<DocumentTooLargeException>(() => pipeline.Extract("lebih dari sepuluh karakter"));
        Assert.That(error!.Message, Does.Contain("MaxDocumentLength"));
    }

    [Test]
    public void SeedsAreReadable()
    {
        var seeds = SharedData.Require("seeds");
        Assert.That(Directory.GetFiles(seeds, "*.txt"), Has.Length.GreaterThanOrEqualTo(2));
    }
}
