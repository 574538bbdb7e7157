using NewsNlp.Entities.Statistical;

namespace NewsNlp.Tests.Ner;

/// <summary>
/// The NER model's weight table sums exactly what a plain dictionary of rows sums, in the same order
/// (so a model tags the same after loading), on the vector path (7 tags) and the scalar one (9).
/// </summary>
public class FeatureRowsTests
{
    [TestCase(7)]
    [TestCase(9)]
    public void ScoresEqualAPlainDictionaryOfRows(int width)
    {
        var random = new Random(7);
        var keys = new SortedSet<uint> { 0u, 1u, uint.MaxValue };
        while (keys.Count < 3000)
            keys.Add((uint)random.NextInt64(0, 1L << 32));
        var keyArray = keys.ToArray();
        var weights = new float[keyArray.Length * width];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (float)(Half)(random.NextDouble() * 4 - 2);
        var rows = new FeatureRows(keyArray, weights, width);
        var byKey = keyArray.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);

        const int perToken = 35;
        var features = new uint[40 * perToken];
        for (var i = 0; i < features.Length; i++)
            features[i] = random.Next(3) == 0 ? (uint)random.NextInt64(0, 1L << 32) : keyArray[random.Next(keyArray.Length)];
        var emissions = new float[40 * width];
        rows.Score(features, perToken, emissions);

        var expected = new float[40 * width];
        for (var t = 0; t < 40; t++)
            for (var j = 0; j < perToken; j++)
                if (byKey.TryGetValue(features[t * perToken + j], out var row))
                    for (var k = 0; k < width; k++)
                        expected[t * width + k] += weights[row * width + k];
        Assert.That(emissions, Is.EqualTo(expected));
        Assert.That(rows.WeightsOf(keyArray[5]).ToArray(), Is.EqualTo(weights.AsSpan(5 * width, width).ToArray()));
        Assert.That(rows.WeightsOf(keyArray[^1] - 1).Length, Is.EqualTo(keys.Contains(keyArray[^1] - 1) ? width : 0));
    }
}
