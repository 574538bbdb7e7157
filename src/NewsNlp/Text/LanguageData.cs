using System.Collections.Concurrent;
using System.Reflection;

namespace NewsNlp.Text;

/// <summary>
/// Reads the language data files embedded under <c>src/NewsNlp/Data</c>.
/// A file <c>Data/dates/months.tsv</c> is the resource <c>NewsNlp.Data.dates.months.tsv</c>,
/// asked for here as <c>"dates/months.tsv"</c>.
/// Lines are trimmed; empty lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class LanguageData
{
    private static readonly Assembly Owner = typeof(LanguageData).Assembly;
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The non-empty, non-comment lines of an embedded data file.</summary>
    public static IReadOnlyList<string> Lines(string path) => Cache.GetOrAdd(path, Load);

    /// <summary>The tab-separated fields of every line of an embedded data file.</summary>
    public static IEnumerable<string[]> Rows(string path)
    {
        foreach (var line in Lines(path))
            yield return line.Split('\t');
    }

    /// <summary>Opens the raw bytes of an embedded file (models).</summary>
    public static Stream Open(string path)
    {
        var name = ResourceName(path);
        return Owner.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{path}' (resource '{name}') is missing from the NewsNlp assembly.");
    }

    /// <summary>True when the embedded file exists.</summary>
    public static bool Exists(string path) => Owner.GetManifestResourceInfo(ResourceName(path)) is not null;

    private static string ResourceName(string path) => "NewsNlp.Data." + path.Replace('/', '.').Replace('\\', '.');

    private static string[] Load(string path)
    {
        using var stream = Open(path);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            lines.Add(trimmed);
        }
        return lines.ToArray();
    }
}
