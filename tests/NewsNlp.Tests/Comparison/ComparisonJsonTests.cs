using System.Text;
using System.Text.Json;
using NewsNlp.Claims;
using NewsNlp.Comparison;

namespace NewsNlp.Tests.Comparison;

public class ComparisonJsonTests
{
    internal static IReadOnlyList<ClaimGroup> TroopGroups() => ClaimComparer.Compare(
    [
        new ComparedDocument("laporan-a.txt", new DateOnly(2025, 3, 2),
        [
            new Claim("lebih dari 1.500 tentara", 10, 34, 1500, ClaimBound.MoreThan, 1500, null, "tentara", "kirim", "Jepang", ["Amerika Serikat", "Korea Selatan"], "menuduh"),
        ]),
        new ComparedDocument("laporan-b.txt", null,
        [
            new Claim("sekitar 2.000 pasukan", 3, 24, 2000, ClaimBound.Approx, 2000, 2000, "pasukan", "kerahkan", "Jepang", [], null),
            new Claim("sedikitnya 12 prajurit", 40, 62, 12, ClaimBound.AtLeast, 12, null, "prajurit", "tewas", "Jepang", [], null),
        ]),
    ]);

    [Test]
    public void WritesOneGroupWithEveryField()
    {
        var json = Write(TroopGroups()[0]);

        Assert.That(json, Is.EqualTo(
            """{"subject":"Jepang","unit":"tentara","predicate":"kirim","consistent":true,"claims":[""" +
            """{"id":"laporan-a.txt","text":"lebih dari 1.500 tentara","value":1500,"bound":"more_than","low":1500,"high":null,"source":["Amerika Serikat","Korea Selatan"],"date":"2025-03-02"},""" +
            """{"id":"laporan-b.txt","text":"sekitar 2.000 pasukan","value":2000,"bound":"approx","low":2000,"high":2000,"source":[],"date":null}]}"""));
    }

    [Test]
    public void SingleSourceGroupIsWrittenToo()
    {
        using var parsed = JsonDocument.Parse(Write(TroopGroups()[1]));
        var root = parsed.RootElement;
        Assert.That(root.GetProperty("predicate").GetString(), Is.EqualTo("tewas"));
        Assert.That(root.GetProperty("consistent").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("claims").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void NonFiniteNumbersBecomeNull()
    {
        var group = ClaimComparer.Compare([new ComparedDocument("a", null, [new Claim("x", 0, 1, double.NaN, ClaimBound.Exact, double.PositiveInfinity, null, null, null, null, null!, null)])]).Single();
        using var parsed = JsonDocument.Parse(Write(group));
        var claim = parsed.RootElement.GetProperty("claims")[0];
        Assert.That(claim.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(claim.GetProperty("low").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(claim.GetProperty("source").GetArrayLength(), Is.Zero);
    }

    private static string Write(ClaimGroup group)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            ComparisonJson.WriteGroup(writer, group);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
