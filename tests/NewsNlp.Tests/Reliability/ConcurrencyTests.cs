namespace NewsNlp.Tests.Reliability;

/// <summary>One pipeline used from many threads at once gives exactly the single-threaded results.</summary>
public class ConcurrencyTests
{
    [Test]
    public void ManyThreadsGetTheSingleThreadedResults()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(Support.SharedData.RepositoryRoot, "samples"), "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Concat(["Sedikitnya 100 tentara tewas, Jumat (27/12/2024).", "Harga naik 5 persen.", ""])
            .ToArray();
        var pipeline = new NewsPipeline(new ExtractOptions { ReferenceDate = new DateOnly(2024, 12, 31) });
        var expected = texts.Select(t => ResultJson.Of(pipeline.Extract(t))).ToArray();

        var jobs = Enumerable.Range(0, 400).Select(i => i % texts.Length).ToArray();
        var actual = new string[jobs.Length];
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = ResultJson.Of(pipeline.Extract(texts[jobs[i]])));

        for (var i = 0; i < jobs.Length; i++)
            Assert.That(actual[i], Is.EqualTo(expected[jobs[i]]), $"job {i} (text {jobs[i]})");
    }

    [Test]
    public void WarmUpReturnsAtOnceAndChangesNoResult()
    {
        var options = new ExtractOptions { ReferenceDate = new DateOnly(2024, 12, 31) };
        const string text = "Jakarta - Sedikitnya 100 tentara Korut tewas, kata Menlu AS, Jumat (27/12/2024).";
        var expected = ResultJson.Of(new NewsPipeline(options).Extract(text));
        var pipeline = new NewsPipeline(options);
        pipeline.WarmUp();
        pipeline.WarmUp(); // a second call does nothing more
        var results = new string[4];
        Parallel.For(0, results.Length, i => results[i] = ResultJson.Of(pipeline.Extract(text)));
        Assert.That(results, Is.All.EqualTo(expected));
    }

    [Test]
    public void CancellationIsObserved()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => NewsPipeline.Default.Extract("Sebanyak 5 orang.", null, cancelled.Token));
    }
}
