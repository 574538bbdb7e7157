using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>Data-driven: the sentences of Golden/entities/sentences.tsv give exactly the entities listed under them.</summary>
public class EntityGoldenTests
{
    public sealed record Expected(EntityType Type, string Text, string Canonical, string? Role, bool CheckRole);

    public sealed record Case(string Sentence, IReadOnlyList<Expected> Entities)
    {
        public override string ToString() => Sentence.Length > 70 ? Sentence[..70] + "…" : Sentence;
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "entities", "sentences.tsv");
        string? sentence = null;
        var expected = new List<Expected>();
        foreach (var raw in File.ReadLines(path).Append(""))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("> ", StringComparison.Ordinal) || line.Length == 0)
            {
                if (sentence is not null)
                    yield return new TestCaseData(new Case(sentence, expected.ToArray())).SetName("Golden: " + Trim(sentence));
                sentence = line.Length == 0 ? null : line[2..];
                expected.Clear();
                continue;
            }
            var f = line.Split('\t');
            expected.Add(new Expected(Enum.Parse<EntityType>(f[0]), f[1], f[2], f.Length > 3 && f[3] != "-" ? f[3] : null, f.Length > 3));
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void FindsExactlyTheExpectedEntities(Case c)
    {
        var found = EntityTagger.Find(Document.Parse(c.Sentence));
        var got = found.Select(e => $"{e.Type} | {e.Text} | {e.Canonical} | {e.Role ?? "-"}").ToArray();
        var want = c.Entities.Select((x, i) =>
            $"{x.Type} | {x.Text} | {x.Canonical} | {(x.CheckRole ? x.Role ?? "-" : i < found.Count ? found[i].Role ?? "-" : "-")}").ToArray();
        Assert.That(got, Is.EqualTo(want), "found:\n" + string.Join("\n", got));
        foreach (var e in found)
            Assert.That(c.Sentence[e.Start..e.End], Is.EqualTo(e.Text));
    }

    private static string Trim(string s) => s.Length > 60 ? s[..60] : s;
}
