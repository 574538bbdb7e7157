using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Reliability;

/// <summary>What must hold for every result, whatever the input.</summary>
internal static class ResultInvariants
{
    /// <summary>Asserts every invariant of an extraction result over <paramref name="text"/>.</summary>
    public static void Check(string text, ExtractionResult result)
    {
        CheckDocument(text, result.Document);
        foreach (var entity in result.Entities)
        {
            AssertRange(text, entity.Start, entity.End, "entity");
            Assert.That(entity.Text, Is.EqualTo(text[entity.Start..entity.End]), "entity text is input[start..end]");
            Assert.That(entity.Canonical, Is.Not.Null.And.Not.Empty, "entity canonical");
        }
        foreach (var claim in result.Claims)
        {
            AssertRange(text, claim.Start, claim.End, "claim");
            Assert.That(claim.Text, Is.EqualTo(text[claim.Start..claim.End]), "claim text is input[start..end]");
            Assert.That(double.IsFinite(claim.Value), "claim value is finite");
            Assert.That(claim.Source, Is.Not.Null, "claim source list");
        }
    }

    /// <summary>Tokens in order, not overlapping, inside the text; sentences cover the tokens in order.</summary>
    public static void CheckDocument(string text, Document document)
    {
        Assert.That(document.Text, Is.SameAs(text).Or.EqualTo(text));
        var previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            AssertRange(text, token.Start, token.End, "token");
            Assert.That(token.Length, Is.GreaterThan(0), "token is not empty");
            Assert.That(token.Start, Is.GreaterThanOrEqualTo(previousEnd), "tokens in order, not overlapping");
            previousEnd = token.End;
            foreach (var word in token.Words)
                Assert.That(word.Start >= token.Start && word.End <= token.End && word.Length > 0, "word inside its token");
        }

        var nextToken = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.That(sentence.FirstToken, Is.EqualTo(nextToken), "sentences cover the tokens in order");
            Assert.That(sentence.TokenCount, Is.GreaterThan(0), "sentence holds tokens");
            Assert.That(sentence.Start, Is.EqualTo(document.Tokens[sentence.FirstToken].Start), "sentence starts at its first token");
            Assert.That(sentence.End, Is.EqualTo(document.Tokens[sentence.EndToken - 1].End), "sentence ends at its last token");
            nextToken = sentence.EndToken;
        }
        Assert.That(nextToken, Is.EqualTo(document.Tokens.Count), "every token is in a sentence");
    }

    private static void AssertRange(string text, int start, int end, string what) =>
        Assert.That(start >= 0 && start <= end && end <= text.Length, $"{what} [{start}, {end}) inside a text of {text.Length} chars");
}
