using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>The dateline's place (<c>Cikarangwetan - Sebuah bus ...</c>) is a Location even when no list knows it.</summary>
public class DatelineRuleTests
{
    [TestCase("Bus Terguling di Tol, 9 Tewas\nCikarangwetan - Sebuah bus terguling pada Kamis pagi.\n", "Cikarangwetan")]
    [TestCase("Warga Mengungsi\nKarangsembung Hilir - Banjir merendam ratusan rumah.\n", "Karangsembung Hilir")]
    public void TheDatelinePlaceIsALocation(string text, string place)
    {
        var found = EntityTagger.Find(Document.Parse(text));
        Assert.That(found.Any(e => e.Type == EntityType.Location && e.Text == place && e.Canonical == place),
            string.Join("; ", found.Select(e => $"{e.Type} {e.Text}")));
    }

    [TestCase("Suasana - Warga berkumpul di balai desa sejak pagi.\n")]
    [TestCase("Ia datang ke sana - Sebuah keputusan yang berat.\n")]
    public void NoPlaceWithoutADateline(string text)
    {
        var found = EntityTagger.Find(Document.Parse(text));
        Assert.That(found.Where(e => e.Type == EntityType.Location), Is.Empty, string.Join("; ", found.Select(e => $"{e.Type} {e.Text}")));
    }
}
