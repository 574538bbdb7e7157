using System.Globalization;
using NewsNlp.Dates;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

/// <summary>Runs the date corpus (Golden/dates/*.tsv): every line is a rule proven by an example.</summary>
public class DateCorpusTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden", "dates");
        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.Split('\t');
                var expected = fields.Skip(2).Where(f => f != "-").ToArray();
                yield return new TestCaseData(fields[0], fields[1], expected)
                    .SetName($"{Path.GetFileNameWithoutExtension(file)}:{lineNumber} {(fields[1].Length > 60 ? fields[1][..60] : fields[1])}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void FindsAndResolvesExactlyTheExpectedDates(string reference, string input, string[] expected)
    {
        DateOnly? date = reference == "-" ? null : DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = DateTagger.Find(Document.Parse(input), date).Select(e => $"[{e.Text}] {e.Value ?? "null"}").ToArray();
        Assert.That(found, Is.EqualTo(expected));
    }
}
