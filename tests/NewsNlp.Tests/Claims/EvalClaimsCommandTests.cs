using NewsNlp.Claims;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Tests.Claims;

[NonParallelizable]
public class EvalClaimsCommandTests
{
    private static string GoldPath => Path.Combine(AppContext.BaseDirectory, "Golden", "claims", "gold.jsonl");

    [Test]
    public void ScoresTheOwnGoldFileAtTheIssueBar()
    {
        var score = ClaimScorer.Score(File.ReadLines(GoldPath), null);
        Assert.That(score.Gold, Is.GreaterThan(15));
        Assert.That(ClaimScore.F1(score.Value, score.Predicted, score.Gold), Is.GreaterThanOrEqualTo(0.93));
        Assert.That(ClaimScore.F1(score.ValueBound, score.Predicted, score.Gold), Is.GreaterThanOrEqualTo(0.90));
        Assert.That(ClaimScore.F1(score.ValueBoundUnit, score.Predicted, score.Gold), Is.GreaterThanOrEqualTo(0.85));
    }

    [Test]
    public void PairsBySpanAndCountsEachLevel()
    {
        var score = new ClaimScore();
        var none = new HashSet<string>();
        GoldClaim[] gold =
        [
            new(0, 10, "a", 5, "exact", "orang", null, null, null, null, none),
            new(20, 30, "b", 7, "approx", "percent", null, null, null, null, none),
            new(40, 50, "c", 9, "exact", "ton", null, null, null, null, none),
        ];
        Claim[] predicted =
        [
            new("a", 2, 8, 5, ClaimBound.Exact, 5, 5, "orang", null, null, [], null),      // all right
            new("b", 25, 35, 7, ClaimBound.Exact, 7, 7, "percent", null, null, [], null),  // bound wrong
            new("x", 60, 70, 1, ClaimBound.Exact, 1, 1, null, null, null, [], null),       // false alarm
        ];
        ClaimScorer.Add(score, "d", gold, predicted, null);
        Assert.That((score.Spans, score.Value, score.ValueBound, score.ValueBoundUnit), Is.EqualTo((2, 2, 1, 1)));
        Assert.That(ClaimScore.F1(score.Value, 3, 3), Is.EqualTo(2.0 / 3).Within(1e-9));
    }

    [Test]
    public void CommandPrintsTheThreeF1Lines()
    {
        var output = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(output);
        try
        {
            var code = global::NewsNlp.Cli.Program.BuildRoot().Parse(["eval", "claims", "--gold", GoldPath]).Invoke();
            Assert.That(code, Is.EqualTo(0));
        }
        finally
        {
            Console.SetOut(saved);
        }
        Assert.That(output.ToString(), Does.Contain("value+bound+unit").And.Contain("F1"));
    }

    [Test]
    public void MissingGoldFileIsAnError() =>
        Assert.That(global::NewsNlp.Cli.Program.BuildRoot().Parse(["eval", "claims", "--gold", "/nonexistent/gold.jsonl"]).Invoke(), Is.EqualTo(2));
}
