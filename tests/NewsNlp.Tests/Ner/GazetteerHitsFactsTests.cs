using NewsNlp.Entities.Statistical;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Ner;

/// <summary>
/// The NER's list hits from each word's facts kept aside (<see cref="GazetteerHits.FactsOf"/>, as the tagger's word cache keeps them)
/// are the hits worked out token by token, over the golden texts, random sequences of their words and of gazetteer-like words in every case.
/// </summary>
public class GazetteerHitsFactsTests
{
    private static IEnumerable<string> Texts()
    {
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "articles"), "*.txt").Select(File.ReadAllText).ToList();
        var words = articles.SelectMany(a => a.Split(' ', '\n')).Where(w => w.Length > 0).Distinct().ToArray();
        var names = new[] { "Kementerian", "Luar", "Negeri", "Jakarta", "Pusat", "Presiden", "Joko", "Widodo", "KPK", "kpk", "Antara", "antara",
            "Menteri", "menteri", "Bank", "Indonesia", "PT", "Kota", "Bandung", "Gubernur", "Jawa", "Barat", "Ahmad", "AHMAD", "Dr.", "(", "yang" };
        return articles
            .Concat(TestTexts.RandomWordSequences(words, seed: 31, count: 500))
            .Concat(TestTexts.RandomWordSequences(names, seed: 32, count: 500));
    }

    [Test]
    public void HitsFromKeptFactsAreTheHitsWorkedOutHere()
    {
        var sentences = 0;
        foreach (var text in Texts())
        {
            var document = Document.Parse(text);
            foreach (var sentence in document.Sentences)
            {
                var tokens = Enumerable.Range(sentence.FirstToken, sentence.TokenCount)
                    .Select(i => new TextRange(document.Tokens[i].Start, document.Tokens[i].End)).ToArray();
                var facts = tokens.Select(t => GazetteerHits.FactsOf(text.AsSpan(t.Start, t.Length))).ToArray();
                var expected = new byte[tokens.Length * GazetteerHits.Lists];
                var fromFacts = new byte[tokens.Length * GazetteerHits.Lists];
                GazetteerHits.Find(text, tokens, expected);
                GazetteerHits.Find(text, tokens, fromFacts, facts);
                Assert.That(fromFacts, Is.EqualTo(expected), text);
                sentences++;
            }
        }
        Assert.That(sentences, Is.GreaterThan(1000));
    }

    [Test]
    public void FactsSayWhatTheListsSay()
    {
        Assert.That(GazetteerHits.FactsOf("yang") & GazetteerHits.OrdinaryWord, Is.Not.Zero);
        Assert.That(GazetteerHits.FactsOf("Yang") & GazetteerHits.Capitalized, Is.Not.Zero);
        Assert.That(GazetteerHits.FactsOf("kementerian") & (GazetteerHits.MayStartHead | GazetteerHits.GivenNameWord | GazetteerHits.Capitalized), Is.Zero);
    }
}
