using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>Finds calendar expressions and resolves them to ISO 8601 values.</summary>
/// <remarks>PROVISIONAL: finds nothing yet.</remarks>
public static class DateTagger
{
    /// <summary>
    /// The <see cref="EntityType.Date"/> entities of a document, with <see cref="Entity.Value"/>
    /// resolved against <paramref name="reference"/> where the expression is relative (null when it cannot be).
    /// </summary>
    public static IReadOnlyList<Entity> Find(Document document, DateOnly? reference) => [];
}
