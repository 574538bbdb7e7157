using System.Globalization;
using NewsNlp.Dates;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

/// <summary>Runs the date corpus (Golden/dates/*.tsv): every line is a rule proven by an example.</summary>
public class DateCorpusTests
{
    // Lines: reference date, input, expected "[text] value"...
    private static IEnumerable<TestCaseData> Cases() => GoldenCorpus.Read("dates", keyFields: 2);

    [TestCaseSource(nameof(Cases))]
    public void FindsAndResolvesExactlyTheExpectedDates(string reference, string input, string[] expected)
    {
        DateOnly? date = reference == "-" ? null : DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = DateTagger.Find(Document.Parse(input), date).Select(e => $"[{e.Text}] {e.Value ?? "null"}").ToArray();
        Assert.That(found, Is.EqualTo(expected));
    }
}
