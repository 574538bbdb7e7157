using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>Finds a news article's own date: its dateline or the date in its first lines.</summary>
/// <remarks>
/// Looks at the opening of the article (the sentences starting in its first <see cref="OpeningChars"/> chars,
/// at most <see cref="OpeningSentences"/> of them) and takes, in this order: the first dateline-shaped date
/// (a weekday with a bracketed numeric date and year, <c>Jakarta - ... Selasa (31/12/2024)</c>,
/// <c>Dirangkum detikcom, Selasa (31/12/2024)</c>); else the first date written with day, month and year;
/// else a day and month without a year (<c>Jumat (27/12)</c>) completed with the year of the latest full date
/// found anywhere in the article, when the weekday, if written, agrees. Otherwise null: never a guess.
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
        DateHit? firstFull = null;
        DateHit? firstPartial = null;
        var latestYear = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var opening = s < OpeningSentences && sentence.Start < OpeningChars;
            var pieces = new PieceText(document.Text, PieceReader.Read(document, sentence.FirstToken, sentence.EndToken));
            foreach (var hit in DateScanner.Scan(pieces, null))
            {
                var full = hit.Day > 0 && hit.Month > 0 && hit.Year > 0;
                if (full) latestYear = Math.Max(latestYear, hit.Year);
                if (!opening) continue;
                if (full && hit.Dateline) return new DateOnly(hit.Year, hit.Month, hit.Day);
                if (full) firstFull ??= hit;
                else if (hit.Day > 0 && hit.Month > 0) firstPartial ??= hit;
            }
        }
        if (firstFull is { } f) return new DateOnly(f.Year, f.Month, f.Day);
        if (firstPartial is { } p && latestYear > 0 && DateMath.Valid(p.Day, p.Month, latestYear))
        {
            var date = new DateOnly(latestYear, p.Month, p.Day);
            if (p.Weekday is not { } w || date.DayOfWeek == w) return date;
        }
        return null;
    }
}
