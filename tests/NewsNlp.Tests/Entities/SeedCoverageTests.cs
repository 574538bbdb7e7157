using NewsNlp.Entities;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// On the seed articles, every mention of the key entities is found with the right type and
/// canonical name: a coverage test of the rules (written forms below), not hard-coded answers.
/// A mention may sit inside a larger entity of the same thing (Putin in Vladimir Putin) or inside
/// an agency named after that state (DPRK in Angkatan Bersenjata DPRK).
/// </summary>
public class SeedCoverageTests
{
    private static readonly (string Form, EntityType Type, string Canonical)[] Forms =
    [
        ("Kim Jong Un", EntityType.Leader, "Kim Jong Un"),
        ("Kim Jong-un", EntityType.Leader, "Kim Jong Un"),
        ("Kim", EntityType.Leader, "Kim Jong Un"),
        ("Putin", EntityType.Leader, "Vladimir Putin"),
        ("Korea Utara", EntityType.State, "Korea Utara"),
        ("KOrea utara", EntityType.State, "Korea Utara"),
        ("Korut", EntityType.State, "Korea Utara"),
        ("DPRK", EntityType.State, "Korea Utara"),
        ("Republik Demokratik Rakyat Korea", EntityType.State, "Korea Utara"),
        ("Rusia", EntityType.State, "Rusia"),
        ("AS", EntityType.State, "Amerika Serikat"),
        ("Amerika Serikat", EntityType.State, "Amerika Serikat"),
        ("Korsel", EntityType.State, "Korea Selatan"),
        ("Korea Selatan", EntityType.State, "Korea Selatan"),
        ("Ukraina", EntityType.State, "Ukraina"),
        ("KCNA", EntityType.Agency, "KCNA"),
        ("Korean Central News Agency", EntityType.Agency, "KCNA"),
        ("Kantor Berita Pusat Korea", EntityType.Agency, "KCNA"),
        ("AFP", EntityType.Agency, "AFP"),
        ("NATO", EntityType.Agency, "NATO"),
    ];

    public static IEnumerable<TestCaseData> Seeds()
    {
        var folder = Path.Combine(SharedData.Root, "seeds");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt").Order().ToArray() : [];
        if (files.Length == 0)
            yield return new TestCaseData("").SetName("Seeds (missing)");
        foreach (var file in files)
            yield return new TestCaseData(Path.GetFileName(file)).SetName("Seed " + Path.GetFileName(file));
    }

    [TestCaseSource(nameof(Seeds))]
    public void EveryKeyMentionIsFoundWithItsTypeAndCanonical(string name)
    {
        var folder = SharedData.Require("seeds");
        var text = File.ReadAllText(Path.Combine(folder, name));
        var entities = EntityTagger.Find(Document.Parse(text));
        var failures = new List<string>();
        var checkedMentions = 0;
        foreach (var (form, type, canonical) in Forms)
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                var end = at + form.Length;
                if (!IsWordBoundary(text, at, end)) continue;
                if (form == "Kim" && text.AsSpan(end).StartsWith(" Jong")) continue; // counted as the full name
                checkedMentions++;
                var covering = entities.FirstOrDefault(e => e.Start <= at && e.End >= end);
                var ok = covering is not null &&
                    ((covering.Type == type && covering.Canonical == canonical) ||
                     (covering.Type == EntityType.Agency && type == EntityType.State && covering.Canonical.EndsWith(canonical, StringComparison.Ordinal)));
                if (!ok)
                    failures.Add($"'{form}' at {at}: " + (covering is null ? "not found" : $"{covering.Type} '{covering.Text}' → {covering.Canonical}"));
            }
        }
        Assert.That(checkedMentions, Is.GreaterThan(20));
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [TestCaseSource(nameof(Seeds))]
    public void EntitiesAreOrderedDisjointAndExact(string name)
    {
        var text = File.ReadAllText(Path.Combine(SharedData.Require("seeds"), name));
        var entities = EntityTagger.Find(Document.Parse(text));
        for (var i = 0; i < entities.Count; i++)
        {
            Assert.That(text[entities[i].Start..entities[i].End], Is.EqualTo(entities[i].Text));
            if (i > 0) Assert.That(entities[i].Start, Is.GreaterThanOrEqualTo(entities[i - 1].End));
        }
    }

    private static bool IsWordBoundary(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
}
