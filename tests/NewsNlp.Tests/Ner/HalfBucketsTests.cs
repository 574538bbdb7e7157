using System.Runtime.Intrinsics;
using NewsNlp.Entities.Statistical;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Ner;

/// <summary>
/// The half-precision buckets of the feature weights (<see cref="HalfBuckets"/>) give every key of a model its exact weights, every
/// other key zeros (also keys that share a line or a tag with the model's, and keys of full lines), and the scores of the float
/// slots bit for bit, over the embedded model and random ones, with keys crowded into few lines so that many go aside.
/// </summary>
public class HalfBucketsTests
{
    private static SequenceTagger Tagger => StatisticalNer.Default ?? throw new InvalidOperationException("No embedded model.");

    private static bool Vectors => Vector256.IsHardwareAccelerated && Vector128.IsHardwareAccelerated;

    private static uint[] Bits(Vector256<float> row) => [.. Enumerable.Range(0, 8).Select(k => BitConverter.SingleToUInt32Bits(row.GetElement(k)))];

    private static uint[] Expected(ReadOnlySpan<float> weights, int width)
    {
        var bits = new uint[8];
        for (var k = 0; k < weights.Length && k < width; k++)
            bits[1 + k] = BitConverter.SingleToUInt32Bits(weights[k]);
        return bits;
    }

    private static (uint[] Keys, float[] Weights) RandomModel(int seed, int count, int width, uint lowMask)
    {
        var random = new Random(seed);
        var keys = new SortedSet<uint> { 0u, uint.MaxValue, 0xFFFF, 0x10000 };
        while (keys.Count < count)
        {
            var key = (uint)random.NextInt64(0, 1L << 32);
            keys.Add((key & ~0xFFFFu) | (key & lowMask));
        }
        var weights = new float[keys.Count * width];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = random.Next(8) switch
            {
                0 => 0f,
                1 => -0f,
                2 => (float)BitConverter.UInt16BitsToHalf((ushort)random.Next(1, 0x400)), // subnormal halves
                3 => random.Next(2) == 0 ? 65504f : -65504f,
                _ => (float)(Half)((random.NextDouble() * 2 - 1) * Math.Pow(2, random.Next(-14, 10))),
            };
        return ([.. keys], weights);
    }

    private static IEnumerable<uint> Absent(uint[] keys, int seed)
    {
        var present = keys.ToHashSet();
        var random = new Random(seed);
        var candidates = new List<uint> { 1u, 2u, 0xFFFEu, 0xFFFFFFFEu };
        foreach (var key in keys.Take(2000))
        {
            candidates.Add(key ^ 0x10000u);            // same line and side bit, another tag
            candidates.Add(key ^ 0x8000u);             // same line and tag, the other side bit
            candidates.Add(key ^ 1u);                  // same tag, another line
            candidates.Add(key & 0x7FFFu);             // same line, tag 0 and side bit 0 (the empty entries')
        }
        for (var i = 0; i < 20000; i++)
            candidates.Add((uint)random.NextInt64(0, 1L << 32));
        return candidates.Where(k => !present.Contains(k));
    }

    [TestCase(1, 3000, 7, 0xFFFFu)]
    [TestCase(2, 60000, 7, 0xFFFFu)]
    [TestCase(3, 5000, 7, 0xFFu)]   // 256 lines for 5,000 keys: most go aside
    [TestCase(4, 2000, 3, 0x3u)]
    [TestCase(5, 40000, 1, 0xFFFFu)]
    public void RandomModelsGiveEachKeyItsWeightsAndOtherKeysZeros(int seed, int count, int width, uint lowMask)
    {
        Assume.That(Vectors, "No vectors on this machine.");
        var (keys, weights) = RandomModel(seed, count, width, lowMask);
        var rows = new FeatureRows(keys, weights, width);
        Assert.That(rows.InHalfBuckets, Is.True);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.That(Bits(rows.Row(keys[i])), Is.EqualTo(Expected(weights.AsSpan(i * width, width), width)), $"key {keys[i]:X8}");
            Assert.That(rows.WeightsOf(keys[i]).ToArray(), Is.EqualTo(weights.AsSpan(i * width, width).ToArray()));
        }
        foreach (var key in Absent(keys, seed))
        {
            Assert.That(Bits(rows.Row(key)), Is.EqualTo(new uint[8]), $"absent key {key:X8}");
            Assert.That(rows.WeightsOf(key).Length, Is.Zero);
        }
    }

    [Test]
    public void OneWideCompareAndTwoNarrowOnesGiveTheSameRows([Values(1, 3, 6)] int seed)
    {
        Assume.That(Vectors, "No vectors on this machine.");
        var width = seed == 6 ? 2 : 7;
        var (keys, weights) = RandomModel(seed, 8000, width, seed == 3 ? 0xFFu : 0xFFFFu);
        var wide = new HalfBuckets(keys, weights, width, oneCompare: true);
        var narrow = new HalfBuckets(keys, weights, width, oneCompare: false);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.That(Bits(narrow.Row(keys[i])), Is.EqualTo(Expected(weights.AsSpan(i * width, width), width)), $"key {keys[i]:X8}");
            Assert.That(Bits(wide.Row(keys[i])), Is.EqualTo(Expected(weights.AsSpan(i * width, width), width)), $"key {keys[i]:X8}");
        }
        foreach (var key in Absent(keys, seed))
        {
            Assert.That(Bits(narrow.Row(key)), Is.EqualTo(new uint[8]), $"absent key {key:X8}");
            Assert.That(Bits(wide.Row(key)), Is.EqualTo(new uint[8]), $"absent key {key:X8}");
        }
    }

    [Test]
    public void KeysCrowdedIntoFewBucketsGoAsideAndAreStillFound()
    {
        Assume.That(Vectors, "No vectors on this machine.");
        var (keys, weights) = RandomModel(3, 5000, 7, 0xFFu);
        var buckets = new HalfBuckets(keys, weights, 7);
        // 256 full lines of four, and the line of 0xFFFF and 0xFFFFFFFF.
        Assert.That(buckets.StashCount, Is.EqualTo(keys.Length - 4 * 256 - 2));
    }

    [Test]
    public void TheEmbeddedModelsKeysHaveTheirWeightsAndTheScoresAreTheFloatSlotsBitForBit()
    {
        Assume.That(Vectors, "No vectors on this machine.");
        var model = Tagger.Model;
        Assert.That(model.Rows.InHalfBuckets, Is.True);
        var keys = model.Rows.Keys.ToArray();
        var width = model.TagSet.Count;
        var weights = keys.SelectMany(k => model.Rows.WeightsOf(k).ToArray()).ToArray();
        var slots = new FeatureRows(keys, weights, width, halfBuckets: false);
        Assert.That(slots.InHalfBuckets, Is.False);
        foreach (var key in keys)
            Assert.That(Bits(model.Rows.Row(key))[1..], Is.EqualTo(Bits(slots.Row(key))[1..]), $"key {key:X8}");
        foreach (var key in Absent(keys, 9))
            Assert.That(Bits(model.Rows.Row(key)), Is.EqualTo(new uint[8]));
        // Few keys go aside (a lookup of their buckets costs a second table): under 2% of the keys for 1.5 keys a line.
        var aside = new HalfBuckets(keys, weights, width).StashCount;
        TestContext.Out.WriteLine($"{keys.Length} keys, {aside} aside");
        Assert.That(aside, Is.LessThan(keys.Length / 25));

        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "articles"), "*.txt").Select(File.ReadAllText).ToList();
        var words = articles.SelectMany(a => a.Split(' ', '\n')).Where(w => w.Length > 0).Distinct().ToArray();
        var sentences = 0;
        foreach (var text in articles.Concat(TestTexts.RandomWordSequences(words, seed: 21, count: 300)))
        {
            var document = Document.Parse(text);
            foreach (var sentence in document.Sentences)
            {
                var tokens = Enumerable.Range(sentence.FirstToken, sentence.TokenCount)
                    .Select(i => new TextRange(document.Tokens[i].Start, document.Tokens[i].End)).ToArray();
                var features = new uint[tokens.Length * NerFeatures.PerToken];
                NerFeatures.Extract(text, tokens, features, TitleWords.Default);
                var fromBuckets = new float[tokens.Length * width];
                var fromSlots = new float[tokens.Length * width];
                model.Rows.Score(features, NerFeatures.PerToken, fromBuckets);
                slots.Score(features, NerFeatures.PerToken, fromSlots);
                Assert.That(fromBuckets.Select(BitConverter.SingleToUInt32Bits), Is.EqualTo(fromSlots.Select(BitConverter.SingleToUInt32Bits)), text);
                sentences++;
            }
        }
        Assert.That(sentences, Is.GreaterThan(500));
    }

    [Test]
    public void WeightsThatAreNotHalvesOrRowsTooWideKeepFloatSlots()
    {
        uint[] keys = [3u, 70000u, 0xFFFF0003u];
        Assert.That(new FeatureRows(keys, [0.1f, 0.5f, 1f], 1).InHalfBuckets, Is.False);
        Assert.That(new FeatureRows(keys, [float.PositiveInfinity, 0.5f, 1f], 1).InHalfBuckets, Is.False);
        Assert.That(new FeatureRows(keys, new float[3 * 8], 8).InHalfBuckets, Is.False);
        Assert.That(new FeatureRows(keys, [0.25f, 0.5f, 1f], 1).InHalfBuckets, Is.EqualTo(Vectors));
    }

    [Test]
    public void HalfBitsAreTheConversionsOfHalf()
    {
        var random = new Random(17);
        var values = new List<float> { 0f, -0f, 65504f, -65504f, 65505f, 65520f, 1f / (1 << 24), 1f / (1 << 25), 3f / (1 << 25), 1f / (1 << 14),
            1f + 1f / 1024, 1f + 1f / 2048, float.Epsilon, float.PositiveInfinity, float.NegativeInfinity, float.NaN, float.MaxValue };
        for (var i = 0; i < 200000; i++)
            values.Add(random.Next(3) switch
            {
                0 => BitConverter.UInt32BitsToSingle((uint)random.NextInt64(0, 1L << 32)),                 // any float
                1 => (float)BitConverter.UInt16BitsToHalf((ushort)random.Next(0, 1 << 16)),                // any half
                _ => BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits((float)BitConverter.UInt16BitsToHalf((ushort)random.Next(0, 1 << 16))) ^ (1u << random.Next(0, 23))),
            });
        foreach (var value in values)
        {
            var isHalf = float.IsFinite(value) && BitConverter.SingleToUInt32Bits((float)(Half)value) == BitConverter.SingleToUInt32Bits(value);
            Assert.That(HalfBuckets.TryHalfBits(value, out var bits), Is.EqualTo(isHalf), $"{value:R} ({BitConverter.SingleToUInt32Bits(value):X8})");
            if (isHalf)
                Assert.That(bits, Is.EqualTo(BitConverter.HalfToUInt16Bits((Half)value)), $"{value:R}");
        }
    }

    [Test]
    public void AKeyTwiceIsRejected()
    {
        Assume.That(Vectors, "No vectors on this machine.");
        Assert.Throws<InvalidDataException>(() => new HalfBuckets([5u, 5u], [1f, 2f], 1));
        Assert.Throws<InvalidDataException>(() => new HalfBuckets([5u, 0x8005u, 0x10005u, 0x18005u, 0x20005u, 0x20005u], [1f, 2f, 3f, 4f, 5f, 6f], 1));
    }
}
