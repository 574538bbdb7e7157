using NewsNlp.Entities;
using NewsNlp.Entities.Rules;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// The fallback rule alone (no gazetteer, no statistical tagger): a capitalized run is a person only
/// with evidence beyond its capitals (a given name first, a speech verb after), a place after a place
/// preposition, and nothing otherwise.
/// </summary>
public class FallbackRuleTests
{
    [TestCase("Bantuan itu diserahkan kepada Siti Qorinawati di balai desa.", "Person Siti Qorinawati")]
    [TestCase("Sore itu Zulkhair Qomariyah mengatakan bahwa air sudah surut.", "Person Zulkhair Qomariyah")]
    [TestCase("Sore itu Zulkhair Qomariyah, menegaskan bahwa air sudah surut.", "Person Zulkhair Qomariyah")]
    [TestCase("Tumiran mengungkapkan hal itu kepada wartawan.", "Person Tumiran")]
    [TestCase("Pemerintah mengungkapkan hal itu kepada wartawan.", "")]
    [TestCase("Tumiran pulang ke rumahnya kemarin.", "")]
    [TestCase("Rombongan itu kemudian menginap di Qorinawati selama dua hari.", "Location Qorinawati")]
    [TestCase("Para dokter merawat pasien yang terjangkit virus Ebola sejak bulan lalu.", "")]
    [TestCase("Foto lama itu dibuat oleh Mendur Bersaudara pada masa perang.", "")]
    [TestCase("Keputusan itu diambil dalam Musyawarah Nasional partai pekan lalu.", "")]
    public void TypesOnlyWithEvidence(string sentence, string expected)
    {
        var context = new TaggingContext(Document.Parse(sentence));
        FallbackRule.Run(context);
        var found = string.Join("; ", context.Mentions.OrderBy(m => m.Start).Select(m => $"{m.Type} {sentence[m.Start..m.End]}"));
        Assert.That(found, Is.EqualTo(expected));
    }
}
