using System.Text;
using NewsNlp.Dates;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

/// <summary>
/// Recall of the date tagger on the &lt;TIME&gt; spans of NER UGM (../shared/data/ner/nerugm-raw) that are
/// calendar expressions (clock times and durations are left out: they are not dates by SPEC.md).
/// NER UGM leaves many dates untagged (kemarin, tahun lalu, Pemilu 2014...), so its precision figure
/// is printed for information only.
/// </summary>
public class NerUgmDateTests
{
    [Test]
    public void FindsTheCalendarTimeSpans()
    {
        var folder = SharedData.Require("data/ner/nerugm-raw");
        int tp = 0, fp = 0, fn = 0;
        foreach (var file in new[] { "data_train.txt", "data_test.txt" })
        {
            foreach (var raw in File.ReadLines(Path.Combine(folder, file)))
            {
                var (text, gold) = Strip(raw);
                var found = DateTagger.Find(Document.Parse(text), null);
                var calendar = gold.Where(g => IsCalendar(text[g.Start..g.End])).ToList();
                foreach (var e in found)
                {
                    if (gold.Any(g => e.Start < g.End && g.Start < e.End)) tp++;
                    else fp++;
                }
                fn += calendar.Count(g => !found.Any(e => e.Start < g.End && g.Start < e.End));
            }
        }
        var recall = (tp + fn) == 0 ? 0 : (double)(tp) / (tp + fn);
        var precision = (tp + fp) == 0 ? 0 : (double)tp / (tp + fp);
        TestContext.Out.WriteLine($"NER UGM TIME (calendar): tp {tp}, fp {fp} (mostly untagged dates), fn {fn}; recall {recall:F3}, precision vs NER UGM {precision:F3}");
        Assert.That(recall, Is.GreaterThanOrEqualTo(0.95));
    }

    private static bool IsCalendar(string span)
    {
        var s = span.Trim();
        return !(s.Contains("pukul", StringComparison.OrdinalIgnoreCase) || s.Contains("WIB", StringComparison.Ordinal) ||
                 s.EndsWith(" jam", StringComparison.Ordinal) || s.EndsWith(" bulan", StringComparison.Ordinal) ||
                 s.StartsWith("Zaman", StringComparison.Ordinal) || (s.Length > 0 && char.IsDigit(s[0]) && s.Contains('.', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal)) ||
                 s.EndsWith(" pagi", StringComparison.Ordinal) && char.IsDigit(s[0]));
    }

    private static (string Text, List<(int Start, int End)> Time) Strip(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var spans = new List<(int, int)>();
        int? open = null;
        string? tag = null;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '<')
            {
                var close = raw.IndexOf('>', i);
                if (close > 0)
                {
                    var name = raw[(i + 1)..close];
                    if (name.StartsWith('/'))
                    {
                        if (tag == "TIME" && open is { } o) spans.Add((o, sb.Length));
                        open = null;
                        tag = null;
                    }
                    else
                    {
                        tag = name;
                        open = sb.Length;
                    }
                    i = close;
                    continue;
                }
            }
            sb.Append(raw[i]);
        }
        return (sb.ToString(), spans);
    }
}
