using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

/// <summary>
/// <see cref="WordSet"/> answers ASCII words from a table of its own: it must answer exactly as a frozen set with
/// <see cref="StringComparer.OrdinalIgnoreCase"/> does, for the library's word lists and for words whose case
/// folding leaves ASCII (dotless i, long s, the Kelvin sign).
/// </summary>
public class WordSetTests
{
    private static readonly string[] Odd = ["\u0131ni", "ka\u017Fus", "\u212Aota", "\u00E9lan", "Stra\u00DFe", "", "a-b", "o'neil", "[x]", "@a"];

    private static IEnumerable<string[]> Lists()
    {
        yield return LanguageData.Lines("entities/lowercase-lexicon.txt").Concat(LanguageData.Lines("entities/given-names.txt")).ToArray();
        yield return Odd;
        yield return ["Budi", "SITI", "kata", "x"];
    }

    [TestCaseSource(nameof(Lists))]
    public void AnswersAsTheCaseInsensitiveSetDoes(string[] words)
    {
        var set = new WordSet(words);
        var reference = words.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var random = new Random(7);
        var queries = words.Take(3000).Concat(Odd).Concat(["ini", "INI", "kasus", "KASUS", "kota", "KOTA", "elan", "strasse", "A-B", "O'NEIL", "{x}", "`a"]).ToList();
        foreach (var word in words.Take(3000))
        {
            queries.Add(word.ToUpperInvariant());
            queries.Add(word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            var chars = word.ToCharArray();
            if (chars.Length > 0) chars[random.Next(chars.Length)] = (char)random.Next(32, 0x180);
            queries.Add(new string(chars));
        }
        foreach (var query in queries)
        {
            Assert.That(set.Contains(query.AsSpan()), Is.EqualTo(reference.Contains(query)), query);
            Assert.That(set.Contains(query), Is.EqualTo(reference.Contains(query)), query);
        }
    }
}

/// <summary><see cref="AsciiWordTable"/> as a map (the date lexicon's class masks): the value a case-insensitive dictionary gives.</summary>
public class AsciiWordTableTests
{
    [Test]
    public void GivesTheValueTheCaseInsensitiveDictionaryGives()
    {
        var random = new Random(11);
        var map = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in LanguageData.Lines("entities/lowercase-lexicon.txt").Take(2000).Concat(["\u0131ni", "ka\u017Fus", "\u00E9lan"]))
            map[word] = (ulong)random.NextInt64(1, long.MaxValue);
        var table = new AsciiWordTable(map);
        foreach (var word in map.Keys.SelectMany(w => new[] { w, w.ToUpperInvariant(), w + "x", "ini", "KASUS", "elan" }))
        {
            var expected = map.GetValueOrDefault(word);
            if (table.TryGet(word, out var value))
                Assert.That(value, Is.EqualTo(expected), word);
            else
                Assert.That(System.Text.Ascii.IsValid(word), Is.False, word);
        }
    }
}
