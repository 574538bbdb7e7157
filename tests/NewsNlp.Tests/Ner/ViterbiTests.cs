using NewsNlp.Entities.Statistical;

namespace NewsNlp.Tests.Ner;

/// <summary>The Viterbi decoder over vectors picks the tags of the scalar one, ties and minus zero included.</summary>
public class ViterbiVectorTests
{
    [TestCase(false, 1)]
    [TestCase(false, 2)]
    [TestCase(false, 3)]
    [TestCase(true, 1)]
    public void VectorAndScalarDecodeTheSameTags(bool bilou, int labels)
    {
        var set = new NerTagSet(new[] { "LOC", "ORG", "PER" }.Take(labels).ToArray(), bilou ? TagScheme.Bilou : TagScheme.Bio);
        var t = set.Count;
        Assume.That(t <= 8 && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated, "No vector path here.");
        var random = new Random(labels * 10 + (bilou ? 1 : 0));
        for (var round = 0; round < 3000; round++)
        {
            var n = random.Next(1, 40);
            // Small integers and zeros of both signs make many ties; the rest are any floats.
            var ties = round % 2 == 0;
            float Next() => ties ? random.Next(-2, 3) * (random.Next(4) == 0 ? -0f : 1f) * 0.5f : (float)(random.NextDouble() * 8 - 4);
            var emissions = Enumerable.Range(0, n * t).Select(_ => Next()).ToArray();
            var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => Next()).ToArray();
            var vector = new int[n];
            var scalar = new int[n];
            Viterbi.DecodeVector(set, emissions, transitions, vector);
            Viterbi.DecodeScalar(set, emissions, transitions, scalar);
            Assert.That(vector, Is.EqualTo(scalar), $"round {round}");
        }
    }
}
