using NewsNlp.Cli.Training;

namespace NewsNlp.Tests.Ner;

public class ConllAndScorerTests
{
    [Test]
    public void ReadsCrlfSentencesAndRepairsInsideTagsWithoutABegin()
    {
        const string text = "Kemarin ADV O\r\nPak PROPN O\r\nBudi PROPN I-PER\r\nSantoso PROPN I-PER\r\nke ADP O\r\nBogor PROPN I-LOC\r\n\r\nIa PRON O\r\npergi VERB O\r\n";
        var sentences = ConllNer.Read(new StringReader(text));
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "O", "O", "B-PER", "I-PER", "O", "B-LOC" }));
        Assert.That(sentences[0].Spans(), Is.EqualTo(new[] { new LabeledSpan(2, 4, "PER"), new LabeledSpan(5, 6, "LOC") }));
        Assert.That(sentences[1].Tokens, Is.EqualTo(new[] { "Ia", "pergi" }));
    }

    [Test]
    public void AnInsideTagOfAnotherTypeStartsANewSpan()
    {
        Assert.That(ConllNer.Repair(["B-ORG", "I-LOC", "I-LOC"]), Is.EqualTo(new[] { "B-ORG", "B-LOC", "I-LOC" }));
    }

    [Test]
    public void CountsExactSpansOnly()
    {
        var scorer = new SpanScorer();
        // Gold: PER [0,2), LOC [4,5), ORG [6,9).
        // Predicted: PER [0,2) right; LOC [4,6) wrong edge; ORG [6,9) typed LOC: wrong type; PER [10,11) spurious.
        scorer.Add(
            [new LabeledSpan(0, 2, "PER"), new LabeledSpan(4, 5, "LOC"), new LabeledSpan(6, 9, "ORG")],
            [new LabeledSpan(0, 2, "PER"), new LabeledSpan(4, 6, "LOC"), new LabeledSpan(6, 9, "LOC"), new LabeledSpan(10, 11, "PER")]);
        Assert.That((scorer["PER"].TruePositives, scorer["PER"].FalsePositives, scorer["PER"].FalseNegatives), Is.EqualTo((1, 1, 0)));
        Assert.That((scorer["LOC"].TruePositives, scorer["LOC"].FalsePositives, scorer["LOC"].FalseNegatives), Is.EqualTo((0, 2, 1)));
        Assert.That((scorer["ORG"].TruePositives, scorer["ORG"].FalsePositives, scorer["ORG"].FalseNegatives), Is.EqualTo((0, 0, 1)));
        var overall = scorer.Overall;
        Assert.That(overall.Precision, Is.EqualTo(1.0 / 4));
        Assert.That(overall.Recall, Is.EqualTo(1.0 / 3));
        Assert.That(overall.F1, Is.EqualTo(2 * (1.0 / 4) * (1.0 / 3) / (1.0 / 4 + 1.0 / 3)).Within(1e-12));
        Assert.That(scorer.Report(), Does.Contain("overall"));
    }

    [Test]
    public void PipelineCharSpansMapBackToGoldTokens()
    {
        var sentence = new ConllSentence(["Presiden", "Joko", "Widodo", "tiba", "di", "Solo"], ["O", "B-PER", "I-PER", "O", "O", "B-LOC"]);
        var (text, ranges) = sentence.Joined();
        Assert.That(text, Is.EqualTo("Presiden Joko Widodo tiba di Solo"));
        Assert.That(NerEvaluation.ToTokens(ranges, 9, 20, "PER"), Is.EqualTo(new LabeledSpan(1, 3, "PER")));
        Assert.That(NerEvaluation.ToTokens(ranges, 29, 33, "LOC"), Is.EqualTo(new LabeledSpan(5, 6, "LOC")));
        var partial = NerEvaluation.ToTokens(ranges, 10, 20, "PER");
        Assert.That(sentence.Spans(), Does.Not.Contain(partial));
    }

    [TestCase(NewsNlp.Entities.EntityType.Leader, "PER")]
    [TestCase(NewsNlp.Entities.EntityType.Person, "PER")]
    [TestCase(NewsNlp.Entities.EntityType.State, "LOC")]
    [TestCase(NewsNlp.Entities.EntityType.Location, "LOC")]
    [TestCase(NewsNlp.Entities.EntityType.Agency, "ORG")]
    [TestCase(NewsNlp.Entities.EntityType.Date, null)]
    public void EntityTypesMapToConllLabels(NewsNlp.Entities.EntityType type, string? label)
    {
        Assert.That(NerEvaluation.MapType(type), Is.EqualTo(label));
    }
}
