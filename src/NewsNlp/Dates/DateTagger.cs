using NewsNlp.Entities;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>
/// Finds calendar expressions and resolves them to ISO 8601 values.
/// </summary>
/// <remarks>
/// <para>Values follow the text's precision: <c>2024-12-31</c>, <c>2024-12</c>, <c>2025</c>; an ISO week for
/// weeks (<c>pekan lalu</c> → <c>2024-W51</c>; <c>akhir pekan</c> → the week holding that weekend); <c>199X</c>
/// for a decade (<c>1990-an</c>); the century's two digits for a century (<c>abad ke-19</c> → <c>18</c>); an ISO
/// interval <c>start/end</c> for a range (<c>17-19 Desember 2024</c> → <c>2024-12-17/2024-12-19</c>).</para>
/// <para>Relative expressions resolve against the reference date: a weekday alone is the latest such day on or
/// before it, <c>lalu</c> goes strictly back and <c>depan</c>/<c>mendatang</c> strictly forward; a day and
/// month without a year, or a month alone, takes the latest one on or before the reference unless the next
/// one is near (62 days, 2 months); a month with <c>lalu</c> is the latest such month before the reference month.
/// With no reference, or for Hijri and Javanese months, or years before the common era, the value is null.</para>
/// <para>Spans: a weekday takes its bracketed or written date, a part of the day and <c>lalu</c>
/// (<c>Jumat (27/12) lalu</c>, <c>Sabtu malam</c>); <c>Hari</c>, <c>bulan</c>, <c>tahun</c> and
/// <c>awal</c>/<c>akhir</c>/<c>pertengahan</c> before a date are part of it; <c>tanggal</c> and prepositions are not.
/// <c>Tahun Baru</c> is the holiday's name, not a date; clock times (<c>14.30 WIB</c>) are not dates; nor is the year
/// of a legal instrument's number (<c>UU Nomor 35 Tahun 2009</c>).</para>
/// </remarks>
public static class DateTagger
{
    /// <summary>
    /// The <see cref="EntityType.Date"/> entities of a document, with <see cref="Entity.Value"/>
    /// resolved against <paramref name="reference"/> where the expression is relative (null when it cannot be).
    /// </summary>
    public static IReadOnlyList<Entity> Find(Document document, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Find(new SentencePieces(document), reference);
    }

    /// <summary>The dates, over pieces shared with the other stages of one Extract.</summary>
    internal static IReadOnlyList<Entity> Find(SentencePieces sentences, DateOnly? reference)
    {
        var document = sentences.Document;
        if (reference is { } r && (r.Year < 2 || r.Year > 9998)) reference = null; // nothing to resolve against at the calendar's ends
        var found = new List<Entity>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var pieces = sentences.Of(s);
            foreach (var hit in DateScanner.Scan(pieces, reference))
            {
                if (LawNumber.IsNumberYear(document, pieces.Pieces[hit.First].Token, hit.Value)) continue;
                var start = pieces.Pieces[hit.First].Start;
                var end = pieces.Pieces[hit.End - 1].End;
                var text = document.Text[start..end];
                found.Add(new Entity(EntityType.Date, text, start, end, hit.Value ?? text, Value: hit.Value));
            }
        }
        return found;
    }
}
