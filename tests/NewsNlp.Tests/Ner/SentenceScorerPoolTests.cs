using NewsNlp.Entities.Statistical;

namespace NewsNlp.Tests.Ner;

/// <summary>The pool of scorers: a scorer is used by one caller at a time, idle ones are reused, and at most a few are kept.</summary>
[NonParallelizable]
public class SentenceScorerPoolTests
{
    private static int Kept => Math.Max(2, 2 * Environment.ProcessorCount);

    [Test]
    public void ScorersHeldAtOnceAreDistinctAndAReturnedOneIsReused()
    {
        // As many as the pool keeps and more, so that no scorer idle from earlier tests is left in it.
        var held = Enumerable.Range(0, Kept + 4).Select(_ => SentenceScorer.Rent()).ToList();
        Assert.That(held.Distinct().Count(), Is.EqualTo(held.Count));
        SentenceScorer.Return(held[2]);
        var again = SentenceScorer.Rent();
        Assert.That(again, Is.SameAs(held[2]));
        foreach (var scorer in held)
            SentenceScorer.Return(scorer);
    }

    [Test]
    public void OnlyAFewIdleScorersAreKept()
    {
        var many = Enumerable.Range(0, 2 * Kept + 8).Select(_ => SentenceScorer.Rent()).ToList();
        foreach (var scorer in many)
            SentenceScorer.Return(scorer);
        var kept = new List<SentenceScorer>();
        var fresh = 0;
        for (var i = 0; i < many.Count; i++)
        {
            var scorer = SentenceScorer.Rent();
            if (many.Contains(scorer)) kept.Add(scorer); else fresh++;
        }
        Assert.That(kept, Has.Count.EqualTo(Kept));
        Assert.That(fresh, Is.EqualTo(many.Count - kept.Count));
        foreach (var scorer in kept)
            SentenceScorer.Return(scorer);
    }
}
