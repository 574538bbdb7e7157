using System.Diagnostics;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// Work grows linearly with the input: each pathological input is timed at sizes n and 8n
/// in one run (best of five each) and the time for 8n must stay within a linear bound of the
/// time for n (linear gives 8; quadratic would give 64). Ratios in one run, not absolute times.
/// </summary>
[NonParallelizable]
public class LinearTimeTests
{
    private static IEnumerable<TestCaseData> Units()
    {
        yield return new TestCaseData("1.234.", 8_000).SetName("digits with dots");
        yield return new TestCaseData("dll. S.H. Jl. ", 3_000).SetName("repeated abbreviations");
        yield return new TestCaseData("lebih dari sekitar antara ", 1_600).SetName("repeated bound words");
        yield return new TestCaseData("((((", 10_000).SetName("open brackets");
        yield return new TestCaseData("Korut Korea Utara Presiden ", 1_500).SetName("repeated gazetteer words");
        yield return new TestCaseData("12-", 12_000).SetName("dash-joined numbers");
        yield return new TestCaseData("Selasa (31/12/2024) ", 2_000).SetName("repeated dates");
        yield return new TestCaseData("pada Juni dan ", 2_000).SetName("repeated months to resolve");
    }

    [TestCaseSource(nameof(Units))]
    public void ExtractTimeGrowsLinearly(string unit, int repeats)
    {
        // Grow n until one run takes a few milliseconds, so timer and scheduler noise stay small next to it.
        var small = Best(string.Concat(Enumerable.Repeat(unit, repeats)));
        while (small < 3 && repeats < 1_000_000)
        {
            repeats *= 2;
            small = Best(string.Concat(Enumerable.Repeat(unit, repeats)));
        }
        var large = Best(string.Concat(Enumerable.Repeat(unit, repeats * 8)));
        // Generous for noise on a shared machine; a quadratic algorithm lands near 64.
        Assert.That(large / small, Is.LessThan(24), $"n = {repeats} units: {small:F2} ms, 8n: {large:F2} ms");
    }

    private static double Best(string text)
    {
        // With a reference date, so that relative dates are resolved too.
        var options = NewsPipeline.Default.Options with { ReferenceDate = new DateOnly(2024, 12, 31) };
        NewsPipeline.Default.Extract(text, options); // warm up
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            NewsPipeline.Default.Extract(text, options);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
