using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>Finds a news article's own date: its dateline or the date in its first lines.</summary>
/// <remarks>PROVISIONAL: finds nothing yet.</remarks>
public static class DatelineDetector
{
    /// <summary>The article's publication date, or null when the text does not give one.</summary>
    public static DateOnly? Detect(Document document) => null;
}
