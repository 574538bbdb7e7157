using NewsNlp.Claims;

namespace NewsNlp.Comparison;

/// <summary>One report given to <see cref="ClaimComparer"/>: its id, its date and the claims extracted from it.</summary>
/// <param name="Id">The document's id (a file path, a JSON id); shown with each of its claims.</param>
/// <param name="Date">The document's reference date (its dateline, or one the caller passed), or null.</param>
/// <param name="Claims">The claims of the document, in text order.</param>
public sealed record ComparedDocument(string Id, DateOnly? Date, IReadOnlyList<Claim> Claims)
{
    /// <summary>A document built from an extraction: its claims and the reference date it used.</summary>
    public static ComparedDocument From(string id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ComparedDocument(id, result.ReferenceDate, result.Claims);
    }
}
