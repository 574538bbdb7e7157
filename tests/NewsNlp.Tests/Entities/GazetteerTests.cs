using NewsNlp.Entities;
using NewsNlp.Entities.Gazetteer;
using NewsNlp.Entities.Rules;
using NewsNlp.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

public class GazetteerTests
{
    [Test]
    public void SovereignStatesComeFromTheGeneratedListWithUsualIndonesianNames()
    {
        var g = EntityGazetteer.Default;
        Assert.That(LanguageData.Lines("entities/states.generated.tsv"), Has.Count.GreaterThanOrEqualTo(190));
        Assert.That(g.StateOf("KP"), Is.EqualTo("Korea Utara"));
        Assert.That(g.StateOf("US"), Is.EqualTo("Amerika Serikat"));
        Assert.That(g.StateOf("SE"), Is.EqualTo("Swedia"));
        Assert.That(g.Lookup("Korut", t => t == EntityType.State)?.Canonical, Is.EqualTo("Korea Utara"));
        Assert.That(g.Lookup("Republik Demokratik Rakyat Korea", t => t == EntityType.State)?.Canonical, Is.EqualTo("Korea Utara"));
        Assert.That(g.Lookup("Greenland", t => t == EntityType.State), Is.Null, "a dependent territory is no state");
    }

    [TestCase("places.tsv")]
    [TestCase("agencies.tsv")]
    [TestCase("leaders.tsv")]
    public void EveryStateCodeInADataFileIsKnown(string file)
    {
        foreach (var row in LanguageData.Rows("entities/" + file))
        {
            Assert.That(row, Has.Length.GreaterThanOrEqualTo(2), string.Join('\t', row));
            if (row[1] != "-")
                Assert.That(EntityGazetteer.Default.StateOf(row[1]), Is.Not.Null, $"{file}: unknown state code in '{string.Join('\t', row)}'");
        }
    }

    [TestCase("AS", true)]
    [TestCase("as", false)]
    [TestCase("As", false)]
    [TestCase("KOrea utara", true)]
    [TestCase("korea utara", false)]
    [TestCase("detikcom", true)]
    public void CaseDecidesAMatch(string text, bool matches)
    {
        var document = Document.Parse("kata dia " + text + " lagi");
        var found = EntityTagger.Find(document).Any(e => e.Text == text);
        Assert.That(found, Is.EqualTo(matches));
    }

    [Test]
    public void LookupAllocatesNothing()
    {
        var document = Document.Parse("Pemimpin Korea Utara Kim Jong-un bertemu Presiden Rusia di Pyongyang .");
        var context = new TaggingContext(document);
        var names = EntityGazetteer.Default.Names;
        var filter = new NameFilter(context);
        for (var i = 0; i < document.Tokens.Count; i++) names.TryLongest(document, i, document.Tokens.Count, ref filter, out _, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = 0;
        for (var round = 0; round < 100; round++)
            for (var i = 0; i < document.Tokens.Count; i++)
                if (names.TryLongest(document, i, document.Tokens.Count, ref filter, out _, out _)) hits++;
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(hits, Is.GreaterThan(0));
    }

    [Test]
    public void NoInputMakesTheTaggerThrowOrOverlap()
    {
        var random = new Random(4);
        const string alphabet = "aAkKoOrRuUtT -–()[]'’\".,;:!?/\n\t0123456789ĀéŽ\u200b\ud83d\ude00";
        var pieces = new[] { "Presiden ", "Kim ", "(", ")", "Korut", "-", "Kota ", "kata ", "Badan ", "AS", "Putin", " (KPU)" };
        for (var n = 0; n < 300; n++)
        {
            var chars = new System.Text.StringBuilder();
            var length = random.Next(0, 80);
            for (var k = 0; k < length; k++)
                chars.Append(random.Next(4) == 0 ? pieces[random.Next(pieces.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            var text = chars.ToString();
            var entities = EntityTagger.Find(Document.Parse(text));
            for (var i = 0; i < entities.Count; i++)
            {
                Assert.That(text[entities[i].Start..entities[i].End], Is.EqualTo(entities[i].Text), text);
                if (i > 0) Assert.That(entities[i].Start, Is.GreaterThanOrEqualTo(entities[i - 1].End), text);
            }
        }
    }
}
