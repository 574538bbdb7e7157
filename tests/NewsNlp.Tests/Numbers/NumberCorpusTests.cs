using System.Globalization;
using NewsNlp.Numbers;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Numbers;

/// <summary>Runs the number corpus (Golden/numbers/*.tsv): every line is a rule proven by an example.</summary>
public class NumberCorpusTests
{
    private static IEnumerable<TestCaseData> Cases() => GoldenCorpus.Read("numbers");

    [TestCaseSource(nameof(Cases))]
    public void FindsExactlyTheExpectedNumbers(string input, string[] expected)
    {
        var document = Document.Parse(input);
        var found = NumberRecognizer.Find(document).Select(m => Describe(input, m)).ToArray();
        Assert.That(found, Is.EqualTo(expected));
    }

    /// <summary>The corpus notation of a match: <c>[text] Kind value [low..high] [unit]</c>.</summary>
    internal static string Describe(string input, NumberMatch m)
    {
        var parts = new List<string> { $"[{input[m.Start..m.End]}]", m.Kind.ToString(), Format(m.Value) };
        if (m.Low != m.Value || m.High != m.Value) parts.Add($"{Format(m.Low)}..{Format(m.High)}");
        if (m.Unit is not null) parts.Add(m.Unit);
        return string.Join(' ', parts);
    }

    private static string Format(double d) => d.ToString("0.##########", CultureInfo.InvariantCulture);
}
