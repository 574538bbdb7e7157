using FsCheck;
using FsCheck.Fluent;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Reliability;

/// <summary>Property tests: for arbitrary strings the library returns, and every result invariant holds.</summary>
public class PropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(200);

    [Test]
    public void ExtractHoldsItsInvariantsOnHostileText() =>
        Check.One(Quick, Prop.ForAll(HostileText.Text, text =>
        {
            ResultInvariants.Check(text, NewsPipeline.Default.Extract(text));
        }));

    [Test]
    public void ExtractHoldsItsInvariantsOnAnyString() =>
        Check.One(Quick, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= "";
            ResultInvariants.Check(text, NewsPipeline.Default.Extract(text));
        }));

    [Test]
    public void ResultsAreTheSameRunToRun() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(HostileText.Text, text =>
        {
            var first = ResultJson.Of(NewsPipeline.Default.Extract(text));
            var second = ResultJson.Of(NewsPipeline.Default.Extract(text));
            Assert.That(second, Is.EqualTo(first));
        }));

    [Test]
    public void StreamingTokenizerAgreesWithTheDocument() =>
        Check.One(Quick, Prop.ForAll(HostileText.Text, text =>
        {
            // A tiny buffer forces many resumptions; the tokens must be those of the one-shot parse.
            var buffer = new TokenSpan[3];
            var streamed = new List<(int, int)>();
            var offset = 0;
            while (offset < text.Length)
            {
                var n = Tokenizer.Tokenize(text.AsSpan(offset), buffer, out var consumed);
                for (var i = 0; i < n; i++)
                    streamed.Add((buffer[i].Start + offset, buffer[i].End + offset));
                if (consumed == 0) break;
                offset += consumed;
            }
            var parsed = Document.Parse(text).Tokens.Select(t => (t.Start, t.End)).ToList();
            Assert.That(streamed, Is.EqualTo(parsed));
        }));
}
