using NewsNlp.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>
/// The year of a legal instrument's number (<c>UU Nomor 35 Tahun 2009</c>, <c>PP No. 10 Tahun 2021</c>):
/// a year right after "Nomor N" is part of the instrument's name, not a date the story happens on
/// (words in <c>Data/dates/law-number-words.txt</c>).
/// </summary>
internal static class LawNumber
{
    private static readonly Lazy<WordSet> Words = new(() => WordSet.FromData("dates/law-number-words.txt"));

    /// <summary>Whether the date starting at token <paramref name="first"/> is a year of an instrument's number.</summary>
    public static bool IsNumberYear(Document document, int first, string? value)
    {
        if (value is not { Length: 4 } || !int.TryParse(value, out _)) return false; // only a bare year
        var k = first - 1;
        if (k < 1 || document.Tokens[k].Kind != TokenKind.Number) return false;
        var word = document.GetSpan(document.Tokens[k - 1]);
        if (word is "." && k >= 2) word = document.GetSpan(document.Tokens[k - 2]);
        return Words.Value.Contains(word);
    }
}
