using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Claims;

/// <summary>Pulls out quantitative claims with their bound, unit, predicate, subject, source and hedge.</summary>
/// <remarks>PROVISIONAL: finds nothing yet.</remarks>
public static class ClaimExtractor
{
    /// <summary>
    /// The claims of a document; <paramref name="entities"/> are its entities (dates included),
    /// in order, used to name subjects and sources and to keep dates out of claims.
    /// </summary>
    public static IReadOnlyList<Claim> Find(Document document, IReadOnlyList<Entity> entities) => [];
}
