using System.Globalization;
using NewsNlp.Dates;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

/// <summary>
/// The seed articles annotated by SPEC.md (date expression and ISO value with the publication date
/// as reference): the bar is F1 ≥ 0.95 on overlapping spans and ≥ 0.95 right values.
/// </summary>
public class SeedDateTests
{
    private static readonly Dictionary<string, (string Text, string Value)[]> Gold = new()
    {
        ["detik-2024-12-31-kim-putin.txt"] =
        [
            ("Selasa (31/12/2024)", "2024-12-31"), ("tahun 2024", "2024"), ("tahun 2025", "2025"),
            ("Jumat (27/12) lalu", "2024-12-27"), ("Selasa (31/12/2024)", "2024-12-31"), ("Februari 2022 lalu", "2022-02"),
            ("Juni lalu", "2024-06"), ("bulan ini", "2024-12"),
        ],
        ["voi-2024-12-27-putin-kim.txt"] =
        [
            ("tahun depan", "2025"), ("Hari Jumat", "2024-12-27"), ("17 Desember", "2024-12-17"), ("Bulan Juni", "2024-06"),
            ("27 Desember", "2024-12-27"), ("Bulan Juni", "2024-06"), ("tahun 2025", "2025"), ("4 Desember", "2024-12-04"),
            ("Pekan lalu", "2024-W51"),
        ],
    };

    [TestCase("detik-2024-12-31-kim-putin.txt", "2024-12-31")]
    [TestCase("voi-2024-12-27-putin-kim.txt", "2024-12-27")]
    public void SeedDatesMeetTheBar(string seed, string published)
    {
        var text = File.ReadAllText(SharedData.Require("seeds/" + seed));
        var reference = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = DateTagger.Find(Document.Parse(text), reference);
        var gold = Locate(text, Gold[seed]);

        var matched = found.Count(e => gold.Any(g => e.Start < g.End && g.Start < e.End));
        var recalled = gold.Count(g => found.Any(e => e.Start < g.End && g.Start < e.End));
        var right = gold.Count(g => found.Any(e => e.Start < g.End && g.Start < e.End && e.Value == g.Value));
        var precision = found.Count == 0 ? 0 : matched / (double)found.Count;
        var recall = recalled / (double)gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        TestContext.Out.WriteLine($"{seed}: found {found.Count}, gold {gold.Count}, P {precision:F3} R {recall:F3} F1 {f1:F3}, right values {right}/{recalled}");
        Assert.Multiple(() =>
        {
            Assert.That(f1, Is.GreaterThanOrEqualTo(0.95));
            Assert.That(right / (double)Math.Max(1, recalled), Is.GreaterThanOrEqualTo(0.95));
        });
    }

    private static List<(int Start, int End, string Value)> Locate(string text, (string Text, string Value)[] gold)
    {
        var spans = new List<(int, int, string)>();
        var from = 0;
        foreach (var (t, v) in gold)
        {
            var at = text.IndexOf(t, from, StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), $"gold span '{t}' not found in order");
            spans.Add((at, at + t.Length, v));
            from = at + t.Length;
        }
        return spans;
    }
}
