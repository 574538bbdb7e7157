using NewsNlp.Claims;
using NewsNlp.Comparison;

namespace NewsNlp.Tests.Comparison;

public class ClaimComparerTests
{
    private static IEnumerable<ReportPairCase> ReportPairs() =>
        ReportPairCase.Load(Path.Combine(AppContext.BaseDirectory, "Golden", "comparison", "report-pairs.tsv"));

    [TestCaseSource(nameof(ReportPairs))]
    public void GroupsReportPairsAsExpected(ReportPairCase pair)
    {
        var groups = ClaimComparer.Compare(pair.Documents);

        var actual = groups.Select(g => Describe(g, pair.Documents)).ToArray();
        var expected = pair.Expected.Select(e =>
            $"{e.Subject ?? "-"} | {e.Unit ?? "-"} | {e.Predicate ?? "-"} | {(e.Consistent ? "consistent" : "conflict")} | {string.Join(' ', e.Claims)}").ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void EveryClaimLandsInExactlyOneGroup()
    {
        foreach (var pair in ReportPairs())
        {
            var groups = ClaimComparer.Compare(pair.Documents);
            var grouped = groups.SelectMany(g => g.Claims).Select(c => c.Claim).ToArray();
            var given = pair.Documents.SelectMany(d => d.Claims).ToArray();
            Assert.That(grouped, Is.EquivalentTo(given), pair.Name);
            Assert.That(groups.All(g => g.Claims.Count > 0), pair.Name);
        }
    }

    [Test]
    public void GroupsKnowWhetherTheyHaveOneSource()
    {
        var pair = ReportPairs().Single(p => p.Name.StartsWith("a claim with no partner", StringComparison.Ordinal));
        var groups = ClaimComparer.Compare(pair.Documents);
        Assert.That(groups.Select(g => (g.DocumentCount, g.IsSingleSource)), Is.EqualTo(new[] { (1, true), (2, false) }));
    }

    [Test]
    public void ClaimsCarryTheirDocumentIdAndDate()
    {
        var a = new ComparedDocument("laporan-a.txt", new DateOnly(2025, 3, 2), [Troops("lebih dari 1.500 tentara", 1500, ClaimBound.MoreThan, 1500, null)]);
        var b = new ComparedDocument("laporan-b.txt", null, [Troops("sekitar 2.000 pasukan", 2000, ClaimBound.Approx, 2000, 2000)]);

        var group = ClaimComparer.Compare([a, b]).Single();

        Assert.That(group.Claims.Select(c => (c.DocumentId, c.DocumentIndex, c.Date)),
            Is.EqualTo(new[] { ("laporan-a.txt", 0, (DateOnly?)new DateOnly(2025, 3, 2)), ("laporan-b.txt", 1, (DateOnly?)null) }));
        Assert.That(group.Claims.Select(c => c.Claim), Is.EqualTo(new[] { a.Claims[0], b.Claims[0] }));
    }

    [Test]
    public void MissingSubjectStaysApartWhenMatchingIsOff()
    {
        var a = new ComparedDocument("a", null, [Troops("5.000 tentara", 5000, ClaimBound.Exact, 5000, 5000, subject: "Korea Selatan")]);
        var b = new ComparedDocument("b", null, [Troops("Sekitar 5.000 tentara", 5000, ClaimBound.Approx, 5000, 5000, subject: null)]);

        var matched = ClaimComparer.Compare([a, b]);
        var apart = ClaimComparer.Compare([a, b], new ComparisonOptions { MatchMissingSubject = false });

        Assert.That(matched.Select(g => (g.Subject, g.Claims.Count)), Is.EqualTo(new[] { ((string?)"Korea Selatan", 2) }));
        Assert.That(apart.Select(g => (g.Subject, g.Claims.Count)), Is.EqualTo(new[] { ((string?)"Korea Selatan", 1), (null, 1) }));
    }

    [Test]
    public void VagueClaimsCanBeGroupedByUnitOnRequest()
    {
        var a = new ComparedDocument("a", null, [new Claim("5 orang", 0, 7, 5, ClaimBound.Exact, 5, 5, "orang", null, null, [], null)]);
        var b = new ComparedDocument("b", null, [new Claim("6 orang", 0, 7, 6, ClaimBound.Exact, 6, 6, "jiwa", null, null, [], null)]);

        Assert.That(ClaimComparer.Compare([a, b]), Has.Count.EqualTo(2));
        var together = ClaimComparer.Compare([a, b], new ComparisonOptions { GroupVagueClaims = true });
        Assert.That(together.Select(g => (g.Unit, g.Consistent, g.Claims.Count)), Is.EqualTo(new[] { ((string?)"orang", false, 2) }));
    }

    [Test]
    public void ToleranceIsAnOption()
    {
        var a = new ComparedDocument("a", null, [Troops("sekitar 1.000 tentara", 1000, ClaimBound.Approx, 1000, 1000)]);
        var b = new ComparedDocument("b", null, [Troops("1.250 tentara", 1250, ClaimBound.Exact, 1250, 1250)]);

        Assert.That(ClaimComparer.Compare([a, b]).Single().Consistent, Is.False);
        Assert.That(ClaimComparer.Compare([a, b], new ComparisonOptions { ApproxTolerance = 0.25 }).Single().Consistent, Is.True);
        Assert.That(ClaimComparer.Compare([a, b], new ComparisonOptions { ApproxTolerance = double.NaN }).Single().Consistent, Is.False);
    }

    [Test]
    public void ClaimsOfOneDocumentAreNotJudgedAgainstEachOther()
    {
        // A report that updates its own figure ("100 tewas", later "120 tewas") is not in conflict with itself.
        var a = new ComparedDocument("a", null, [Killed("100 tentara", 100), Killed("120 tentara", 120)]);
        var group = ClaimComparer.Compare([a]).Single();
        Assert.That((group.Consistent, group.Claims.Count, group.IsSingleSource), Is.EqualTo((true, 2, true)));
    }

    [Test]
    public void NoDocumentsOrNoClaimsGiveNoGroups()
    {
        Assert.That(ClaimComparer.Compare([]), Is.Empty);
        Assert.That(ClaimComparer.Compare([new ComparedDocument("a", null, []), new ComparedDocument("b", null, [])]), Is.Empty);
    }

    [Test]
    public void OddNumbersAndNullsDoNotThrow()
    {
        Claim[] odd =
        [
            new("", 0, 0, double.NaN, ClaimBound.Exact, double.NaN, double.PositiveInfinity, "  ", "", " ", null!, null),
            new("x", 0, 1, double.PositiveInfinity, ClaimBound.Approx, null, null, null, null, null, [], null),
            new("y", 0, 1, 5, ClaimBound.Range, 9, 3, "tentara", "kirim", "A", [], null),
            new("z", 0, 1, -5, ClaimBound.MoreThan, -5, -5, "tentara", "kirim", "A", [], null),
            new("w", 0, 1, 5, ClaimBound.LessThan, 7, 5, "tentara", "kirim", "A", [], null),
        ];
        var documents = new[] { new ComparedDocument("a", null, odd), new ComparedDocument("b", null, odd), new ComparedDocument("c", null, null!) };

        var groups = ClaimComparer.Compare(documents, new ComparisonOptions { ApproxTolerance = double.PositiveInfinity });

        Assert.That(groups.Sum(g => g.Claims.Count), Is.EqualTo(10));
    }

    /// <summary>The per-document shortcut in the consistency test agrees with checking every pair of claims from different documents.</summary>
    [Test]
    public void ConsistencyAgreesWithCheckingEveryPair()
    {
        var random = new Random(20250101);
        var bounds = Enum.GetValues<ClaimBound>();
        for (var round = 0; round < 2000; round++)
        {
            var documents = new List<ComparedDocument>();
            var count = random.Next(1, 4);
            for (var d = 0; d < count; d++)
            {
                var claims = new List<Claim>();
                var claimCount = random.Next(1, 4);
                for (var i = 0; i < claimCount; i++)
                {
                    var bound = bounds[random.Next(bounds.Length)];
                    double value = random.Next(8, 13) * 10;
                    (double? low, double? high) = bound switch
                    {
                        ClaimBound.MoreThan or ClaimBound.AtLeast => ((double?)value, (double?)null),
                        ClaimBound.LessThan or ClaimBound.AtMost => ((double?)null, (double?)value),
                        ClaimBound.Range => ((double?)value, (double?)(value + random.Next(0, 3) * 10)),
                        _ => ((double?)value, (double?)value),
                    };
                    claims.Add(Troops("n", value, bound, low, high));
                }
                documents.Add(new ComparedDocument(d.ToString(System.Globalization.CultureInfo.InvariantCulture), null, claims));
            }

            var group = ClaimComparer.Compare(documents).Single();

            var everyPair = group.Claims.All(x => group.Claims.All(y =>
                x.DocumentIndex == y.DocumentIndex
                || ClaimInterval.Of(x.Claim, 0.1).Overlaps(ClaimInterval.Of(y.Claim, 0.1))));
            Assert.That(group.Consistent, Is.EqualTo(everyPair), () => string.Join("; ", group.Claims.Select(c => $"{c.DocumentIndex}:{c.Claim.Bound} {c.Claim.Low}..{c.Claim.High}")));
        }
    }

    private static Claim Troops(string text, double value, ClaimBound bound, double? low, double? high, string? subject = "Korea Utara") =>
        new(text, 0, text.Length, value, bound, low, high, "tentara", "kirim", subject, [], null);

    private static Claim Killed(string text, double value) =>
        new(text, 0, text.Length, value, ClaimBound.Exact, value, value, "tentara", "tewas", "Korea Utara", [], null);

    private static string Describe(ClaimGroup group, IReadOnlyList<ComparedDocument> documents)
    {
        var refs = group.Claims.Select(c =>
        {
            var index = documents[c.DocumentIndex].Claims.ToList().IndexOf(c.Claim) + 1;
            return $"{c.DocumentId}.{index}";
        });
        return $"{group.Subject ?? "-"} | {group.Unit ?? "-"} | {group.Predicate ?? "-"} | {(group.Consistent ? "consistent" : "conflict")} | {string.Join(' ', refs)}";
    }
}
