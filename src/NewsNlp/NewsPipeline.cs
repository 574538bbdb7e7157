using NewsNlp.Claims;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp;

/// <summary>
/// The entry point: tokenizes, splits sentences, tags entities and dates, and extracts claims.
/// Immutable and thread-safe; keep one (or use <see cref="Default"/>) for the life of a service.
/// </summary>
public sealed class NewsPipeline
{
    /// <summary>A shared pipeline with default options.</summary>
    public static NewsPipeline Default { get; } = new();

    /// <summary>Creates a pipeline whose calls use <paramref name="options"/> unless they pass their own.</summary>
    public NewsPipeline(ExtractOptions? options = null) => Options = options ?? ExtractOptions.Default;

    /// <summary>The options calls use by default.</summary>
    public ExtractOptions Options { get; }

    /// <summary>Runs the whole pipeline over <paramref name="text"/>.</summary>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="ExtractOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(string text, ExtractOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= Options;
        if (text.Length > options.MaxDocumentLength)
            throw new DocumentTooLargeException(text.Length, options.MaxDocumentLength);

        DataWarmUp.Start(options.Extractors);
        var document = Document.Parse(text);
        cancellationToken.ThrowIfCancellationRequested();
        var pieces = new SentencePieces(document); // each sentence's pieces and numbers, read once for dateline, dates and claims
        var reference = options.ReferenceDate ?? DatelineDetector.Detect(pieces) ?? options.DefaultReferenceDate;

        var entities = new List<Entity>();
        if (options.Extractors.HasFlag(Extractors.Entities))
            entities.AddRange(EntityTagger.Find(document));
        cancellationToken.ThrowIfCancellationRequested();
        if (options.Extractors.HasFlag(Extractors.Dates))
            entities.AddRange(DateTagger.Find(pieces, reference));
        entities.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        cancellationToken.ThrowIfCancellationRequested();

        IReadOnlyList<Claim> claims = options.Extractors.HasFlag(Extractors.Claims)
            ? ClaimExtractor.Find(pieces, entities)
            : [];
        return new ExtractionResult(document, reference, entities, claims);
    }

    /// <summary>
    /// Starts loading the embedded models and language data, and compiling the pipeline's code, on background
    /// threads, and returns at once: a service or a batch job calls it at start-up so that its first
    /// <see cref="Extract"/> does not wait for them. Calling it is optional, and again is harmless.
    /// </summary>
    public void WarmUp()
    {
        if (Interlocked.Exchange(ref _warmUpStarted, 1) != 0) return;
        ThreadPool.UnsafeQueueUserWorkItem(static pipeline =>
        {
            try
            {
                pipeline.Extract(WarmUpText, pipeline.Options with { ReferenceDate = new DateOnly(2024, 12, 31), MaxDocumentLength = int.MaxValue });
            }
            catch (Exception)
            {
                // Whatever failed here fails again, with its exception, in the caller's own Extract.
            }
        }, this, preferLocal: false);
    }

    private int _warmUpStarted;

    /// <summary>A short text that goes through every stage: a dateline, a leader, a state, a date and a claim.</summary>
    private const string WarmUpText = "Jakarta - Menlu Sugiono mengatakan sedikitnya 1.200 warga Indonesia di Korea Selatan aman, Selasa (31/12/2024).";

    /// <summary>Tokenizes and sentence-splits <paramref name="text"/> only.</summary>
    public Document Tokenize(string text) => Document.Parse(text);
}
