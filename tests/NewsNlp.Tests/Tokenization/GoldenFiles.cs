namespace NewsNlp.Tests.Tokenization;

/// <summary>Reads the golden example files of tests/NewsNlp.Tests/Golden/tokenization.</summary>
internal static class GoldenFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Golden", "tokenization", name);

    /// <summary>Tab-separated rows, skipping blank lines and # comments.</summary>
    public static IEnumerable<string[]> Rows(string name) =>
        File.ReadLines(Path(name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));

    /// <summary>The cases of sentences.txt: name, input text, expected sentences.</summary>
    public static IEnumerable<(string Name, string Text, string[] Sentences)> SentenceCases()
    {
        var lines = File.ReadAllLines(Path("sentences.txt"));
        string? name = null;
        var input = new List<string>();
        var expected = new List<string>();
        var inExpected = false;
        foreach (var line in lines)
        {
            if (line == "===")
            {
                yield return (name ?? "case", string.Join('\n', input), expected.ToArray());
                name = null; input.Clear(); expected.Clear(); inExpected = false;
            }
            else if (line == "---") inExpected = true;
            else if (!inExpected && input.Count == 0 && line.StartsWith("# ", StringComparison.Ordinal))
            {
                if (name is null && line.Length > 2) name = line[2..];
            }
            else if (inExpected) expected.Add(line);
            else input.Add(line);
        }
    }
}
