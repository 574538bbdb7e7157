using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>Finds a news article's own date: its dateline or the date in its first lines.</summary>
/// <remarks>
/// Looks at the opening of the article (the sentences starting in its first <see cref="OpeningChars"/> chars,
/// at most <see cref="OpeningSentences"/> of them). The first dateline-shaped date there (a weekday with a
/// bracketed numeric date: <c>Jakarta - ... Selasa (31/12/2024)</c>, <c>Dirangkum detikcom, Selasa (31/12/2024)</c>)
/// is the article's date. When it has no year (<c>Jumat (27/12)</c>), the year comes from the years the whole
/// text writes out (<c>tahun 2024</c>, <c>4 Desember 2024</c>): the one year there is, or the one year whose
/// calendar agrees with the weekday; otherwise it stays unresolved (null), never a guess. Without a
/// dateline-shaped date, the first date written with day, month and year in the opening is taken.
/// </remarks>
public static class DatelineDetector
{
    /// <summary>How far into the text the opening reaches, in chars.</summary>
    public const int OpeningChars = 1200;

    /// <summary>At most this many sentences make the opening.</summary>
    public const int OpeningSentences = 8;

    /// <summary>The article's publication date, or null when the text does not give one.</summary>
    public static DateOnly? Detect(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Detect(new SentencePieces(document));
    }

    /// <summary>The dateline's date, over pieces shared with the other stages of one Extract.</summary>
    internal static DateOnly? Detect(SentencePieces pieces)
    {
        var document = pieces.Document;
        DateHit? dateline = null;
        DateHit? firstFull = null;
        var sentences = document.Sentences;
        var openingEnd = 0;
        while (openingEnd < sentences.Count && openingEnd < OpeningSentences && sentences[openingEnd].Start < OpeningChars)
            openingEnd++;
        var years = new SortedSet<int>();
        for (var s = 0; s < openingEnd; s++)
        {
            foreach (var hit in Scan(pieces, s))
            {
                if (hit.Year > 0) years.Add(hit.Year);
                if (hit.Day == 0 || hit.Month == 0) continue;
                if (hit.Dateline) dateline ??= hit;
                else if (hit.Year > 0) firstFull ??= hit;
            }
            if (dateline is { Year: > 0 } found) return new DateOnly(found.Year, found.Month, found.Day);
        }
        // Only a yearless dateline needs the years of the rest of the text.
        if (dateline is not null)
            for (var s = openingEnd; s < sentences.Count; s++)
                foreach (var hit in Scan(pieces, s))
                    if (hit.Year > 0) years.Add(hit.Year);
        if (dateline is { } d)
        {
            if (d.Year > 0) return new DateOnly(d.Year, d.Month, d.Day);
            DateOnly? only = null;
            foreach (var year in years)
            {
                if (!DateMath.Valid(d.Day, d.Month, year)) continue;
                var candidate = new DateOnly(year, d.Month, d.Day);
                if (d.Weekday is { } w && candidate.DayOfWeek != w) continue;
                if (only is not null) return null;
                only = candidate;
            }
            return only;
        }
        return firstFull is { } f ? new DateOnly(f.Year, f.Month, f.Day) : null;
    }

    private static List<DateHit> Scan(SentencePieces pieces, int sentence) => DateScanner.Scan(pieces.Of(sentence), null);
}
