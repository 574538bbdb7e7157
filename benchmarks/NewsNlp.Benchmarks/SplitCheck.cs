using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Checks that the splitter's shortcuts change no sentence: the rules asked at every boundary (no filter, no plain-end
/// short path) against <see cref="SentenceSplitter.Split(ReadOnlySpan{char}, ReadOnlySpan{TokenSpan}, Span{int})"/>
/// and the streaming pass, over the corpus, both UD files (their texts, one paragraph each, and glued into one text)
/// and random and mutated strings; and the tokens, against <see cref="TokenReader"/> and in small buffers.
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll check [rounds]</c>.
/// </summary>
public static class SplitCheck
{
    private const string Mutations = "  .\n\"()?!'A aZ-,:;\u201C\u00E9";

    /// <summary>Runs the checks and prints what differs (nothing when all agree).</summary>
    public static int Run(int rounds)
    {
        var failures = 0;
        var texts = 0;
        void Check(string text, string name)
        {
            texts++;
            if (Differs(text) is { } why)
            {
                failures++;
                if (failures <= 10) Console.WriteLine($"{name}: {why}");
            }
        }
        Check(BenchmarkCorpus.Text, "corpus");
        foreach (var file in UdFiles())
        {
            var sentences = File.ReadLines(file).Where(l => l.StartsWith("# text = ", StringComparison.Ordinal)).Select(l => l[9..]).ToList();
            Check(string.Join(" ", sentences), Path.GetFileName(file) + " (one text)");
            Check(string.Join("\n", sentences), Path.GetFileName(file) + " (a line each)");
            for (var i = 0; i < sentences.Count; i += 20) Check(string.Join(" ", sentences.Skip(i).Take(20)), $"{Path.GetFileName(file)} #{i}");
        }
        var random = new Random(4242);
        var corpus = BenchmarkCorpus.Text;
        string[] pieces =
        [
            "kata", "dia", "sudah", "lainnya", "bisa", "Pada", "Namun", "Mereka", "Jakarta", "E", "B", "I", "Dr", "Jl", "dll", "Tbk",
            "Baca", "juga", "baca", "Foto", "FOTO", "Halaman", "dari", "Sumber", "ADVERTISEMENT", "SCROLL", "taa", "fas", "1", "2024",
            "detik.com", "#tag", "@user", ".", ".", ".", ",", ":", ";", "?", "!", "...", "\u2026", "\"", "\"", "\u201C", "\u201D", "'",
            "(", ")", "[", "]", "/", "-", "\u2013", "*", "\n", "\n\n", "\t", "  ", "\u00A0", "\U0001F600", "Indonesia.", "ini.",
        ];
        for (var round = 0; round < rounds; round++)
        {
            var builder = new StringBuilder();
            if (round % 2 == 0)
            {
                for (var n = random.Next(2, 400); n > 0; n--)
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                    if (random.Next(10) < 7) builder.Append(' ');
                }
            }
            else
            {
                // A stretch of the corpus with a few chars replaced, inserted or deleted.
                var start = random.Next(corpus.Length - 3000);
                builder.Append(corpus, start, random.Next(50, 3000));
                for (var m = random.Next(1, 12); m > 0; m--)
                {
                    var at = random.Next(builder.Length);
                    var c = Mutations[random.Next(Mutations.Length)];
                    switch (random.Next(3))
                    {
                        case 0: builder[at] = c; break;
                        case 1: builder.Insert(at, c); break;
                        default: builder.Remove(at, 1); break;
                    }
                }
            }
            Check(builder.ToString(), $"round {round}");
        }
        Console.WriteLine($"{texts:N0} texts checked, {failures} differ");
        return failures == 0 ? 0 : 1;
    }

    private static string FirstDifference(int[] found, int count, int[] reference, int expected)
    {
        var k = 0;
        while (k < count && k < expected && found[k] == reference[k]) k++;
        return $" (sentence {k}: token {(k < count ? found[k] : -1)}, the rules {(k < expected ? reference[k] : -1)})";
    }

    private static IEnumerable<string> UdFiles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln"))) dir = dir.Parent;
        var ud = dir is null ? "" : Path.Combine(dir.FullName, "..", "shared", "data", "ud");
        return Directory.Exists(ud) ? Directory.GetFiles(ud, "*.conllu").Order(StringComparer.Ordinal) : [];
    }

    private static string? Differs(string text)
    {
        var tokens = new TokenSpan[text.Length + 1];
        var n = Tokenizer.Tokenize(text, tokens, out _);
        var reader = new TokenReader(text);
        var r = 0;
        while (reader.Read())
        {
            if (r >= n || reader.Current != tokens[r]) return $"token {r}: {(r < n ? tokens[r] : default)}, the reader {reader.Current}";
            r++;
        }
        if (r != n) return $"{n} tokens, the reader {r}";
        foreach (var size in new[] { 33, 70 })
        {
            var chunk = new TokenSpan[size];
            var at = 0;
            var start = 0;
            while (start < text.Length)
            {
                var m = Tokenizer.Tokenize(text, start, chunk, out var consumed);
                if (m == 0) break;
                for (var j = 0; j < m; j++)
                    if (at + j >= n || chunk[j] != tokens[at + j]) return $"buffer {size}: token {at + j} differs";
                at += m;
                start = consumed;
            }
            if (at != n) return $"buffer {size}: {at} tokens, expected {n}";
        }
        var reference = new int[n + 1];
        var fast = new int[n + 1];
        var streamed = new int[n + 1];
        var expected = SentenceSplitter.Split(text, tokens.AsSpan(0, n), reference, everyBoundary: true);
        var split = SentenceSplitter.Split(text, tokens.AsSpan(0, n), fast, everyBoundary: false);
        if (split != expected || !fast.AsSpan(0, split).SequenceEqual(reference.AsSpan(0, expected)))
            return $"Split: {split} sentences, the rules at every boundary {expected}{FirstDifference(fast, split, reference, expected)}";
        var count = SentenceSplitter.Count(text, out var tokenCount);
        if (count != expected || tokenCount != n) return $"Count: {count} sentences, {tokenCount} tokens; expected {expected}, {n}";
        foreach (var size in new[] { 180, 333, 1024 })
        {
            Array.Clear(streamed);
            var s = SentenceSplitter.Stream(text, new TokenSpan[size], streamed, out _);
            if (s != expected || !streamed.AsSpan(0, s).SequenceEqual(reference.AsSpan(0, expected)))
                return $"Stream (window {size}): {s} sentences, expected {expected}{FirstDifference(streamed, s, reference, expected)}";
        }
        return null;
    }
}
