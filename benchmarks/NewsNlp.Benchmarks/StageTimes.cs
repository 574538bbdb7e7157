using System.Diagnostics;
using NewsNlp.Claims;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Entities.Statistical;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Each stage of <c>Extract</c> alone over the corpus, for a busy machine: the process's CPU time of a pass
/// (time spent waiting for a core is not counted), best of several passes, and the bytes it allocates.
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll stages [passes [stage,stage...]]</c>
/// (a stage is picked when its name contains one of the words).
/// </summary>
public static class StageTimes
{
    /// <summary>Times the stages and prints CPU ms, MB/s and MB allocated a pass.</summary>
    public static void Run(int passes, string? only = null)
    {
        var texts = BenchmarkCorpus.Documents;
        var documents = texts.Select(Document.Parse).ToArray();
        var pieces = documents.Select(d => new SentencePieces(d)).ToArray();
        var names = documents.Select(StatisticalNer.Tag).ToArray();
        var indices = Enumerable.Range(0, documents.Length).ToArray();
        var entities = documents.Select(d => (IReadOnlyList<Entity>)EntityTagger.Find(d)).ToArray();
        var stages = new (string Name, Func<int> Work)[]
        {
            ("Document.Parse", () => Sum(texts, t => Document.Parse(t).Tokens.Count)),
            ("statistical NER", () => Sum(documents, d => StatisticalNer.Tag(d).Count)),
            ("gazetteer hits", () => Sum(documents, GazetteerHitsOf)),
            ("entity tagger", () => Sum(documents, d => EntityTagger.Find(d).Count)),
            ("entity rules", () => Sum(indices, i => EntityTagger.Mentions(documents[i], names[i]).Count)),
            ("sentence pieces", () => Sum(documents, d => PiecesOf(new SentencePieces(d)))),
            ("numbers", () => Sum(pieces, NumbersOf)),
            ("dateline", () => Sum(pieces, p => DatelineDetector.Detect(p)?.Day ?? 0)),
            ("dates", () => Sum(pieces, p => DateTagger.Find(p, new DateOnly(2024, 12, 31)).Count)),
            ("claims", () => Sum(indices, i => ClaimExtractor.Find(pieces[i], entities[i]).Count)),
            ("whole Extract", () => Sum(texts, t => NewsPipeline.Default.Extract(t).Claims.Count)),
        };
        var bytes = BenchmarkCorpus.Utf8Bytes;
        Console.WriteLine($"Corpus: {texts.Count} documents, {bytes:N0} UTF-8 bytes; best of {passes} passes (process CPU time).");
        Console.WriteLine($"{"stage",-16} {"CPU ms",9} {"MB/s",8} {"alloc MB",9}");
        foreach (var (name, work) in stages)
        {
            if (only is not null && !only.Split(',').Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase))) continue;
            var warmUp = Stopwatch.StartNew();
            do work(); while (warmUp.Elapsed.TotalSeconds < 2); // past the JIT's tiers
            var best = double.MaxValue;
            long allocated = 0;
            for (var i = 0; i < passes; i++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var before = GC.GetAllocatedBytesForCurrentThread();
                work();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            }
            Console.WriteLine($"{name,-16} {best,9:F1} {bytes / 1e3 / best,8:F2} {allocated / 1e6,9:F1}");
        }
    }

    private static int NumbersOf(SentencePieces pieces)
    {
        var total = 0;
        for (var s = 0; s < pieces.Document.Sentences.Count; s++)
            total += NumberScanner.Scan(pieces.Of(s)).Count;
        return total;
    }

    private static int GazetteerHitsOf(Document document)
    {
        var total = 0;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            var ranges = new TextRange[sentence.TokenCount];
            for (var i = 0; i < ranges.Length; i++)
                ranges[i] = new TextRange(tokens[sentence.FirstToken + i].Start, tokens[sentence.FirstToken + i].End);
            var codes = new byte[ranges.Length * GazetteerHits.Lists];
            GazetteerHits.Find(document.Text, ranges, codes);
            total += codes.Length > 0 ? codes[0] : 0;
        }
        return total;
    }

    private static int PiecesOf(SentencePieces pieces)
    {
        var total = 0;
        for (var s = 0; s < pieces.Document.Sentences.Count; s++)
            total += pieces.Of(s).Count;
        return total;
    }

    private static int Sum<T>(IReadOnlyList<T> items, Func<T, int> work)
    {
        var total = 0;
        foreach (var item in items)
            total += work(item);
        return total;
    }
}
