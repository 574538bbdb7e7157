using NewsNlp.Entities.Statistical;

namespace NewsNlp.Tests.Ner;

public class TagSetTests
{
    [TestCase("Bio", "O B-PER I-PER O B-LOC", "PER 1 3; LOC 4 5")]
    [TestCase("Bio", "B-ORG B-ORG I-ORG", "ORG 0 1; ORG 1 3")]
    [TestCase("Bio", "O I-LOC I-LOC", "LOC 1 3")]
    [TestCase("Bio", "B-PER I-LOC", "PER 0 1; LOC 1 2")]
    [TestCase("Bilou", "U-PER B-ORG I-ORG L-ORG O", "PER 0 1; ORG 1 4")]
    [TestCase("Bilou", "B-LOC L-LOC U-LOC", "LOC 0 2; LOC 2 3")]
    public void TagsBecomeSpans(string scheme, string tags, string expected)
    {
        var set = new NerTagSet(["LOC", "ORG", "PER"], Enum.Parse<TagScheme>(scheme));
        var spans = new List<NameSpan>();
        set.AddSpans(tags.Split(' ').Select(t => Index(set, t)).ToArray(), 0, spans);
        Assert.That(string.Join("; ", spans.Select(s => $"{s.Label} {s.FirstToken} {s.EndToken}")), Is.EqualTo(expected));
    }

    [TestCase("Bio")]
    [TestCase("Bilou")]
    public void EncodingThenDecodingGivesTheSpansBack(string scheme)
    {
        var set = new NerTagSet(["LOC", "ORG", "PER"], Enum.Parse<TagScheme>(scheme));
        var tags = set.Encode(8, [(0, 1, 2), (1, 4, 1), (5, 6, 0), (6, 8, 0)]);
        var spans = new List<NameSpan>();
        set.AddSpans(tags, 10, spans);
        Assert.That(spans, Is.EqualTo(new[] { new NameSpan(10, 11, "PER"), new NameSpan(11, 14, "ORG"), new NameSpan(15, 16, "LOC"), new NameSpan(16, 18, "LOC") }));
    }

    [Test]
    public void ViterbiNeverStartsANameInside()
    {
        var set = new NerTagSet(["LOC", "ORG", "PER"]);
        var t = set.Count;
        var emissions = new float[2 * t];
        emissions[Index(set, "I-PER")] = 5f; // token 0 wants I-PER, which cannot start
        emissions[t + Index(set, "I-PER")] = 5f;
        var tags = new int[2];
        Viterbi.Decode(set, emissions, new float[(t + 1) * t], tags);
        Assert.That(set.Allowed(set.Start, tags[0]), Is.True);
        Assert.That(set.Allowed(tags[0], tags[1]), Is.True);
    }

    private static int Index(NerTagSet set, string name) => set.Names.ToList().IndexOf(name);
}
