using System.Text.Json;
using NewsNlp.Claims;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Claims;

/// <summary>Data-driven claim cases: Golden/claims/*.jsonl, one sentence a line with the claims it must give.</summary>
public class ClaimGoldenTests
{
    private static IEnumerable<TestCaseData> Bounds() => GoldenClaimCase.Load("bounds.jsonl");
    private static IEnumerable<TestCaseData> Units() => GoldenClaimCase.Load("units.jsonl");
    private static IEnumerable<TestCaseData> NotClaims() => GoldenClaimCase.Load("not-claims.jsonl");
    private static IEnumerable<TestCaseData> Predicates() => GoldenClaimCase.Load("predicates.jsonl");
    private static IEnumerable<TestCaseData> Attribution() => GoldenClaimCase.Load("attribution.jsonl");

    [TestCaseSource(nameof(Bounds))]
    public void BoundWords(GoldenClaimCase c) => Check(c);

    [TestCaseSource(nameof(Units))]
    public void UnitFamilies(GoldenClaimCase c) => Check(c);

    [TestCaseSource(nameof(NotClaims))]
    public void NotAClaim(GoldenClaimCase c) => Check(c);

    [TestCaseSource(nameof(Predicates))]
    public void PredicatesAndCountedNouns(GoldenClaimCase c) => Check(c);

    [TestCaseSource(nameof(Attribution))]
    public void SubjectSourceHedge(GoldenClaimCase c) => Check(c);

    private static void Check(GoldenClaimCase c)
    {
        c.IgnoreUnlessReady();
        var (text, entities) = EntityMarkup.Parse(c.Marked);
        if (c.Needs == "entities")
        {
            entities = [.. EntityTagger.Find(Document.Parse(text))];
            entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
        var claims = ClaimExtractor.Find(Document.Parse(text), entities);
        var expected = c.Expected.EnumerateArray().ToList();
        var shown = string.Join("\n", claims.Select(Show));
        Assert.That(claims, Has.Count.EqualTo(expected.Count), $"claims found:\n{shown}");
        for (var k = 0; k < expected.Count; k++)
        {
            var claim = claims[k];
            Assert.That(text[claim.Start..claim.End], Is.EqualTo(claim.Text), "text is input[start..end]");
            foreach (var field in expected[k].EnumerateObject())
                Assert.That(Actual(claim, field.Name), Is.EqualTo(Expect(field.Value)), $"claim {k} field '{field.Name}'; found:\n{shown}");
        }
    }

    private static string Show(Claim c) =>
        $"  {c.Text} | {c.Value} {c.Bound.ToSpecName()} [{c.Low},{c.High}] unit={c.Unit} pred={c.Predicate} subj={c.Subject} src=[{string.Join(", ", c.Source)}] hedge={c.Hedge}";

    private static object? Actual(Claim c, string field) => field switch
    {
        "text" => c.Text,
        "value" => c.Value,
        "bound" => c.Bound.ToSpecName(),
        "low" => c.Low,
        "high" => c.High,
        "unit" => c.Unit,
        "predicate" => c.Predicate,
        "subject" => c.Subject,
        "source" => string.Join("|", c.Source),
        "hedge" => c.Hedge,
        _ => throw new ArgumentException($"unknown claim field '{field}'"),
    };

    private static object? Expect(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join("|", value.EnumerateArray().Select(static v => v.GetString())),
        _ => throw new ArgumentException($"unexpected JSON {value.ValueKind}"),
    };
}
