using System.Text;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The text the benchmarks run over: the repository's sample articles and golden test sentences,
/// plus the raw sentences of ../shared/data/ner/nerugm-raw (inline tags removed) when present,
/// repeated up to about <see cref="TargetChars"/> chars.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>About 2 MB of text.</summary>
    public const int TargetChars = 2_000_000;

    private static readonly Lazy<(string Text, string Description)> LazyCorpus = new(Build);

    /// <summary>The corpus.</summary>
    public static string Text => LazyCorpus.Value.Text;

    /// <summary>Its size in UTF-8 bytes: throughput is counted in MB/s of UTF-8 input.</summary>
    public static long Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Text);

    /// <summary>Its tokens, as <see cref="NewsNlp.Tokenization.Tokenizer"/> counts them: the tokens/s column divides this by the time.</summary>
    public static long Tokens => LazyTokens.Value;

    private static readonly Lazy<long> LazyTokens = new(() =>
    {
        var buffer = new NewsNlp.Tokenization.TokenSpan[8192];
        var text = Text.AsSpan();
        var total = 0L;
        while (!text.IsEmpty)
        {
            total += NewsNlp.Tokenization.Tokenizer.Tokenize(text, buffer, out var consumed);
            if (consumed == 0) break;
            text = text[consumed..];
        }
        return total;
    });

    /// <summary>Where the texts came from, for the report.</summary>
    public static string Description => LazyCorpus.Value.Description;

    /// <summary>The corpus cut into its documents (for the batch path).</summary>
    public static IReadOnlyList<string> Documents => LazyDocuments.Value;

    private static readonly Lazy<IReadOnlyList<string>> LazyDocuments = new(() =>
        Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries));

    private static (string Text, string Description) Build()
    {
        var root = FindRepositoryRoot();
        var pieces = new List<string>();
        var sources = new List<string>();

        // Only the articles: build output under samples/*/obj holds .txt file lists that would change the corpus.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.txt", SearchOption.AllDirectories)
                     .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f))).Order(StringComparer.Ordinal))
            pieces.Add(File.ReadAllText(file));
        sources.Add($"{pieces.Count} sample articles");

        var nerugm = Path.Combine(root, "..", "shared", "data", "ner", "nerugm-raw", "data_train.txt");
        if (File.Exists(nerugm))
        {
            var lines = File.ReadAllLines(nerugm).Select(StripTags).ToList();
            for (var i = 0; i < lines.Count; i += 12)
                pieces.Add(string.Join(' ', lines.Skip(i).Take(12)));
            sources.Add($"{lines.Count} nerugm-raw sentences");
        }

        var builder = new StringBuilder(TargetChars + 10_000);
        while (builder.Length < TargetChars)
            foreach (var piece in pieces)
                builder.Append(piece).Append("\n\n");
        return (builder.ToString(), string.Join(", ", sources) + $", repeated to {builder.Length:N0} chars");
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) is var parts && (parts.Contains("obj") || parts.Contains("bin"));

    private static string StripTags(string line)
    {
        var builder = new StringBuilder(line.Length);
        var inTag = false;
        foreach (var c in line)
        {
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (!inTag) builder.Append(c);
        }
        return builder.ToString();
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
                dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the NewsNlp repository (NewsNlp.sln not found).");
    }
}
