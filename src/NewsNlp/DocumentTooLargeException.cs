namespace NewsNlp;

/// <summary>Thrown when a text is longer than <see cref="ExtractOptions.MaxDocumentLength"/>.</summary>
public sealed class DocumentTooLargeException : ArgumentException
{
    /// <summary>Creates the exception for a text of <paramref name="length"/> chars over <paramref name="limit"/>.</summary>
    public DocumentTooLargeException(int length, int limit)
        : base($"The document has {length} chars, more than the limit of {limit} (ExtractOptions.MaxDocumentLength).", "text")
    {
        Length = length;
        Limit = limit;
    }

    /// <summary>Length of the rejected text.</summary>
    public int Length { get; }

    /// <summary>The limit in force.</summary>
    public int Limit { get; }
}
