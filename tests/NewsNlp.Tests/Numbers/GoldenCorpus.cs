namespace NewsNlp.Tests.Numbers;

/// <summary>
/// Reads the golden example corpora under <c>Golden/&lt;area&gt;/*.tsv</c> (copied beside the test assembly):
/// <c>input&lt;TAB&gt;expected...</c>, <c>#</c> comments, <c>-</c> for "nothing expected".
/// </summary>
internal static class GoldenCorpus
{
    /// <summary>One test case per line of every corpus file of <paramref name="area"/>: (input, expected[]).</summary>
    public static IEnumerable<TestCaseData> Read(string area)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden", area);
        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.Split('\t');
                var expected = fields.Skip(1).Where(f => f != "-").ToArray();
                yield return new TestCaseData(fields[0], expected)
                    .SetName($"{Path.GetFileNameWithoutExtension(file)}:{lineNumber} {Truncate(fields[0])}");
            }
        }
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60];
}
