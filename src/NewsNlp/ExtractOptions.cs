namespace NewsNlp;

/// <summary>Options of one extraction. Immutable; <see cref="Default"/> runs everything.</summary>
public sealed record ExtractOptions
{
    /// <summary>Everything on, no reference date (the dateline is used when the text has one).</summary>
    public static ExtractOptions Default { get; } = new();

    /// <summary>
    /// The date relative expressions (<c>kemarin</c>, <c>Juni lalu</c>) resolve against. When null,
    /// the document's own dateline is used, and relative dates stay unresolved without one.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// The reference date used when neither <see cref="ReferenceDate"/> nor the document's dateline gives one
    /// (the command line's <c>--date</c>). Null by default.
    /// </summary>
    public DateOnly? DefaultReferenceDate { get; init; }

    /// <summary>Which extractors run. Default: all.</summary>
    public Extractors Extractors { get; init; } = Extractors.All;

    /// <summary>The longest text accepted, in UTF-16 chars; longer input gets a <see cref="DocumentTooLargeException"/>. Default 10 million.</summary>
    public int MaxDocumentLength { get; init; } = 10_000_000;
}
