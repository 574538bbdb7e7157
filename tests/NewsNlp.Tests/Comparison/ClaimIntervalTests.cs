using NewsNlp.Claims;
using NewsNlp.Comparison;

namespace NewsNlp.Tests.Comparison;

public class ClaimIntervalTests
{
    private static ClaimInterval Of(ClaimBound bound, double value, double? low, double? high, double tolerance = 0.1) =>
        ClaimInterval.Of(new Claim("t", 0, 1, value, bound, low, high, "tentara", "kirim", null, [], null), tolerance);

    [Test]
    public void MoreThanTenThousandOverlapsAboutElevenThousand() =>
        Assert.That(Of(ClaimBound.MoreThan, 10000, 10000, null).Overlaps(Of(ClaimBound.Approx, 11000, 11000, 11000)), Is.True);

    [Test]
    public void AtLeastFiveHundredConflictsWithAboutTwoHundred() =>
        Assert.That(Of(ClaimBound.AtLeast, 500, 500, null).Overlaps(Of(ClaimBound.Approx, 200, 200, 200)), Is.False);

    [Test]
    public void ApproxIsWidenedByTheTolerance()
    {
        var about = Of(ClaimBound.Approx, 1000, 1000, 1000);
        Assert.That((about.Low, about.High), Is.EqualTo((900d, 1100d)));
        Assert.That(Of(ClaimBound.Approx, 1000, 1000, 1000, tolerance: 0).Overlaps(Of(ClaimBound.Exact, 1001, 1001, 1001)), Is.False);
    }

    [Test]
    public void ApproxRangeFromOrderOfMagnitudeIsWidenedToo()
    {
        var hundreds = Of(ClaimBound.Approx, 200, 200, 999);
        Assert.That((hundreds.Low, hundreds.High), Is.EqualTo((180d, 999 * 1.1)));
    }

    [Test]
    public void StrictBoundsExcludeTheirEnd()
    {
        var exact = Of(ClaimBound.Exact, 100, 100, 100);
        Assert.That(Of(ClaimBound.MoreThan, 100, 100, null).Overlaps(exact), Is.False);
        Assert.That(Of(ClaimBound.LessThan, 100, null, 100).Overlaps(exact), Is.False);
        Assert.That(Of(ClaimBound.AtLeast, 100, 100, null).Overlaps(exact), Is.True);
        Assert.That(Of(ClaimBound.AtMost, 100, null, 100).Overlaps(exact), Is.True);
        Assert.That(Of(ClaimBound.MoreThan, 100, 100, null).Overlaps(Of(ClaimBound.LessThan, 100, null, 100)), Is.False);
    }

    [Test]
    public void OpenEndsReachInfinity()
    {
        var moreThan = Of(ClaimBound.MoreThan, 10, 10, null);
        Assert.That(moreThan.High, Is.EqualTo(double.PositiveInfinity));
        Assert.That(moreThan.Overlaps(Of(ClaimBound.Exact, 1e12, 1e12, 1e12)), Is.True);
    }

    [Test]
    public void AOneSidedBoundWhoseOpenEndWasClosedOnItsValueStaysOneSided() =>
        Assert.That(Of(ClaimBound.MoreThan, 10, 10, 10).Overlaps(Of(ClaimBound.Exact, 20, 20, 20)), Is.True);

    [Test]
    public void MissingEndsOfAnExactClaimFallBackToItsValue() =>
        Assert.That(Of(ClaimBound.Exact, 7, null, null).Overlaps(Of(ClaimBound.Exact, 8, 8, 8)), Is.False);

    [Test]
    public void OverlapIsSymmetric()
    {
        var bounds = Enum.GetValues<ClaimBound>();
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var a = Of(bounds[random.Next(bounds.Length)], random.Next(1, 5), Maybe(random), Maybe(random));
            var b = Of(bounds[random.Next(bounds.Length)], random.Next(1, 5), Maybe(random), Maybe(random));
            Assert.That(a.Overlaps(b), Is.EqualTo(b.Overlaps(a)), () => $"{a} / {b}");
        }
    }

    private static double? Maybe(Random random) => random.Next(3) == 0 ? null : random.Next(0, 6);
}
