using System.Diagnostics;
using System.Runtime.Intrinsics;
using NewsNlp.Entities.Statistical;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The NER weight table alone: every feature of every corpus sentence (<see cref="NerFeatures.Extract(string, ReadOnlySpan{TextRange}, Span{uint}, TitleWords)"/>)
/// summed per token through <see cref="FeatureRows.Score"/>, for the model's table as loaded and the same weights in float slots, in turns
/// in one process (so both see the same load), best of the passes in process CPU time.
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll tables [passes]</c>. With <c>NER_SLOTS=8192,4096</c> in the
/// environment, the <see cref="SentenceScorer"/> part compares word caches of those sizes over the model's table instead.
/// </summary>
public static class TableTimes
{
    /// <summary>Times the tables and prints CPU ms a pass and ns a feature.</summary>
    public static void Run(int passes)
    {
        var tagger = StatisticalNer.Default ?? throw new InvalidOperationException("No embedded model.");
        var model = tagger.Model;
        var keys = model.Rows.Keys.ToArray();
        var width = model.TagSet.Count;
        var weights = keys.SelectMany(k => model.Rows.WeightsOf(k).ToArray()).ToArray();
        var tables = new (string Name, FeatureRows Rows)[]
        {
            ("float slots", new FeatureRows(keys, weights, width, halfBuckets: false)),
            (model.Rows.InHalfBuckets ? "half buckets" : "as loaded", model.Rows),
        };
        var sentences = new List<uint[]>();
        var ranged = new List<(string Text, TextRange[] Tokens)>();
        foreach (var text in BenchmarkCorpus.Documents)
        {
            var document = Document.Parse(text);
            foreach (var sentence in document.Sentences)
            {
                if (sentence.TokenCount == 0) continue;
                var ranges = new TextRange[sentence.TokenCount];
                for (var i = 0; i < ranges.Length; i++)
                    ranges[i] = new TextRange(document.Tokens[sentence.FirstToken + i].Start, document.Tokens[sentence.FirstToken + i].End);
                var features = new uint[ranges.Length * NerFeatures.PerToken];
                NerFeatures.Extract(text, ranges, features, TitleWords.Default);
                sentences.Add(features);
                ranged.Add((text, ranges));
            }
        }
        var count = sentences.Sum(s => (long)s.Length);
        var emissions = new float[sentences.Max(s => s.Length) / NerFeatures.PerToken * width];
        Console.WriteLine($"{count:N0} features in {sentences.Count:N0} sentences; best of {passes} passes (process CPU time), the tables in turns.");
        var best = new double[tables.Length];
        Array.Fill(best, double.MaxValue);
        var checksums = new float[tables.Length];
        for (var pass = 0; pass < passes + 2; pass++)
            for (var t = 0; t < tables.Length; t++)
            {
                var rows = tables[t].Rows;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sum = 0f;
                foreach (var features in sentences)
                {
                    var span = emissions.AsSpan(0, features.Length / NerFeatures.PerToken * width);
                    rows.Score(features, NerFeatures.PerToken, span);
                    sum += span[0];
                }
                var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                checksums[t] = sum;
                if (pass >= 2) best[t] = Math.Min(best[t], ms); // the first two passes warm up the JIT's tiers
            }
        for (var t = 0; t < tables.Length; t++)
            Console.WriteLine($"{tables[t].Name,-14} {best[t],8:F1} ms {best[t] * 1e6 / count,6:F2} ns a feature (checksum {checksums[t]})");

        // The tagger's own path: SentenceScorer with its word rows (one scorer, so one cache, a table).
        var slotCounts = Environment.GetEnvironmentVariable("NER_SLOTS")?.Split(',').Select(int.Parse).ToArray();
        if (slotCounts is not null)
            tables = [.. slotCounts.Select(n => ($"{n} slots", model.Rows))];
        var scorers = tables.Select((_, t) => new SentenceScorer(slotCounts?[t] ?? SentenceScorer.DefaultSlots)).ToArray();
        best = new double[tables.Length];
        checksums = new float[tables.Length];
        var tokens = ranged.Sum(r => (long)r.Tokens.Length);
        Array.Fill(best, double.MaxValue);
        for (var pass = 0; pass < passes + 2; pass++)
            for (var t = 0; t < tables.Length; t++)
            {
                var rows = tables[t].Rows;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sum = 0f;
                foreach (var (text, ranges) in ranged)
                {
                    if (!SentenceScorer.Handles(rows, ranges.Length)) continue;
                    var span = emissions.AsSpan(0, ranges.Length * width);
                    scorers[t].Score(rows, TitleWords.Default, text, ranges, span);
                    sum += span[0];
                }
                var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                checksums[t] = sum;
                if (pass >= 2) best[t] = Math.Min(best[t], ms);
            }
        Console.WriteLine($"SentenceScorer over {tokens:N0} tokens:");
        for (var t = 0; t < tables.Length; t++)
            Console.WriteLine($"{tables[t].Name,-14} {best[t],8:F1} ms {best[t] * 1e6 / tokens,6:F1} ns a token (checksum {checksums[t]})");
    }
}
