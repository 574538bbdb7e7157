using NewsNlp.Entities.Statistical;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Ner;

/// <summary>
/// The tagger's scores from cached word rows (<see cref="SentenceScorer"/>, <see cref="WordRows"/>) are the floats of the scores from
/// all the features, bit for bit, whether the words are cached or not, with a cache so small that words keep replacing each other and
/// share slots within a sentence, over a model that changes, and on many threads at once.
/// </summary>
public class WordRowsTests
{
    private static SequenceTagger Tagger => StatisticalNer.Default ?? throw new InvalidOperationException("No embedded model.");

    private static IEnumerable<string> Texts()
    {
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "articles"), "*.txt").Select(File.ReadAllText).ToList();
        var words = articles.SelectMany(a => a.Split(' ', '\n')).Where(w => w.Length > 0).Distinct().ToArray();
        var odd = new[] { "", "Kementerian", "Pertahanan", "Republik", "Indonesia", new string('a', WordRows.MaxChars), new string('B', WordRows.MaxChars + 1), "\uD800", "KPK", "2.024", "(", "\"", "dr.", "Rp1,5" };
        return articles
            .Concat(TestTexts.RandomWordSequences(words, seed: 11, count: 400))
            .Concat(TestTexts.RandomWordSequences(odd, seed: 12, count: 200))
            .Append(string.Join(" ", Enumerable.Repeat("Jakarta Pusat", 200)))
            .Append(string.Join(" ", Enumerable.Repeat("Jakarta Pusat", 120)))
            .Append(string.Join(' ', words.Take(SentenceScorer.MaxTokens)));
    }

    private static IEnumerable<(string Text, TextRange[] Tokens)> Sentences(string text)
    {
        var document = Document.Parse(text);
        foreach (var sentence in document.Sentences)
        {
            var tokens = new TextRange[sentence.TokenCount];
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = document.Tokens[sentence.FirstToken + i];
                tokens[i] = new TextRange(token.Start, token.End);
            }
            yield return (text, tokens);
        }
    }

    private static float[] FromFeatures(SequenceTagger tagger, string text, TextRange[] tokens)
    {
        var emissions = new float[tokens.Length * tagger.Model.TagSet.Count];
        tagger.ScoreFromFeatures(text, tokens, emissions);
        return emissions;
    }

    private static float[] Cached(SentenceScorer scorer, SequenceTagger tagger, string text, TextRange[] tokens)
    {
        var emissions = new float[tokens.Length * tagger.Model.TagSet.Count];
        scorer.Score(tagger.Model.Rows, TitleWords.Default, text, tokens, emissions);
        return emissions;
    }

    [TestCase(4096)]
    [TestCase(64)]
    [TestCase(2)]
    public void CachedScoresAreTheScoresOfAllFeaturesBitForBit(int slots)
    {
        Assume.That(SentenceScorer.Handles(Tagger.Model.Rows, 1), "The model has no vector rows on this machine.");
        var scorer = new SentenceScorer(slots);
        var sentences = 0;
        // Twice over: the first pass fills the cache (mostly misses), the second reads it (mostly hits when it is large).
        for (var round = 0; round < 2; round++)
            foreach (var text in Texts())
                foreach (var (t, tokens) in Sentences(text))
                {
                    if (!SentenceScorer.Handles(Tagger.Model.Rows, tokens.Length)) continue;
                    var expected = FromFeatures(Tagger, t, tokens);
                    var cached = Cached(scorer, Tagger, t, tokens);
                    Assert.That(BitsOf(cached), Is.EqualTo(BitsOf(expected)), $"slots {slots}, round {round}: {t}");
                    sentences++;
                }
        Assert.That(sentences, Is.GreaterThan(1000));
    }

    [Test]
    public void TheSumsAreAddedInTheOrderOfAllFeatures()
    {
        // The model's half-precision weights mostly add up without rounding, so a wrong order would rarely show: the same features
        // with full-precision weights of every size round at nearly every add.
        Assume.That(SentenceScorer.Handles(Tagger.Model.Rows, 1), "The model has no vector rows on this machine.");
        var keys = Tagger.Model.Rows.Keys.ToArray();
        var width = Tagger.Model.TagSet.Count;
        var random = new Random(5);
        var weights = new float[keys.Length * width];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (float)((random.NextDouble() * 2 - 1) * Math.Pow(2, random.Next(-12, 6)));
        var rows = new FeatureRows(keys, weights, width);
        var scorer = new SentenceScorer(64);
        var differ = 0;
        foreach (var text in Texts().Take(500))
            foreach (var (t, tokens) in Sentences(text))
            {
                if (!SentenceScorer.Handles(rows, tokens.Length)) continue;
                var features = new uint[tokens.Length * NerFeatures.PerToken];
                NerFeatures.Extract(t, tokens, features, TitleWords.Default);
                var expected = new float[tokens.Length * width];
                rows.Score(features, NerFeatures.PerToken, expected);
                var cached = new float[tokens.Length * width];
                scorer.Score(rows, TitleWords.Default, t, tokens, cached);
                Assert.That(BitsOf(cached), Is.EqualTo(BitsOf(expected)), t);
                // How often another order would have given other floats: the test would see it.
                var reordered = new float[tokens.Length * width];
                var reversed = features.Chunk(NerFeatures.PerToken).SelectMany(f => f.Reverse()).ToArray();
                rows.Score(reversed, NerFeatures.PerToken, reordered);
                differ += BitsOf(reordered).SequenceEqual(BitsOf(expected)) ? 0 : 1;
            }
        Assert.That(differ, Is.GreaterThan(100));
    }

    [Test]
    public void AChangedModelIsNotScoredWithTheRowsOfTheOldOne()
    {
        Assume.That(SentenceScorer.Handles(Tagger.Model.Rows, 1), "The model has no vector rows on this machine.");
        var toy = new SequenceTagger(PerceptronTests.TrainToy(), TitleWords.Default);
        var scorer = new SentenceScorer(256);
        foreach (var text in Texts().Take(300))
            foreach (var (t, tokens) in Sentences(text))
                foreach (var tagger in new[] { Tagger, toy })
                {
                    if (!SentenceScorer.Handles(tagger.Model.Rows, tokens.Length)) continue;
                    Assert.That(BitsOf(Cached(scorer, tagger, t, tokens)), Is.EqualTo(BitsOf(FromFeatures(tagger, t, tokens))), t);
                }
    }

    [Test]
    public void TaggingOnManyThreadsGivesTheSerialSpans()
    {
        var documents = Texts().Select(Document.Parse).ToArray();
        var serial = documents.Select(d => string.Join(' ', StatisticalNer.Tag(d))).ToArray();
        var parallel = new string[documents.Length];
        for (var round = 0; round < 3; round++)
        {
            Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = string.Join(' ', StatisticalNer.Tag(documents[i])));
            Assert.That(parallel, Is.EqualTo(serial));
        }
        Assert.That(serial.Count(s => s.Length > 0), Is.GreaterThan(100));
    }

    private static int[] BitsOf(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();
}
