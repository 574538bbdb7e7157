namespace NewsNlp.Tests.Support;

/// <summary>
/// Reads the golden example corpora under <c>Golden/&lt;area&gt;/*.tsv</c> (copied beside the test assembly):
/// <c>key&lt;TAB&gt;...&lt;TAB&gt;expected...</c>, <c>#</c> comments, <c>-</c> for "nothing expected".
/// </summary>
internal static class GoldenCorpus
{
    /// <summary>
    /// One test case per line of every corpus file of <paramref name="area"/>: the first
    /// <paramref name="keyFields"/> fields as separate arguments, then the rest as expected[].
    /// The case is named by its file, line and last key field (the input).
    /// </summary>
    public static IEnumerable<TestCaseData> Read(string area, int keyFields = 1)
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
                var expected = fields.Skip(keyFields).Where(f => f != "-").ToArray();
                var arguments = fields.Take(keyFields).Cast<object>().Append(expected).ToArray();
                yield return new TestCaseData(arguments)
                    .SetName($"{Path.GetFileNameWithoutExtension(file)}:{lineNumber} {Truncate(fields[keyFields - 1])}");
            }
        }
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60];
}
